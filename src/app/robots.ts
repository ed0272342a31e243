import type { MetadataRoute } from 'next'
import { absoluteUrl, siteOrigin } from '../lib/seo/urls'

/** Everything public may be crawled; the admin and the API may not (search results carry noindex). */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
    host: siteOrigin(),
  }
}
