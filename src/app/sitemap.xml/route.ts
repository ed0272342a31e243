import { sitemapPartName, sitemapParts } from '@/domain/site/sitemapParts'
import { payloadClient } from '@/lib/payload'
import { sitemapCounts } from '@/lib/seo/sitemap/entries'
import { sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemap/xml'
import { absoluteUrl } from '@/lib/seo/urls'

// built on each request (one count per kind of page), so the files it names are always current
export const dynamic = 'force-dynamic'

/** GET /sitemap.xml — the index of the sitemap's files (each at most 50,000 URLs): one count per kind of page. */
export async function GET(): Promise<Response> {
  const parts = sitemapParts(await sitemapCounts(await payloadClient()))
  return xmlResponse(sitemapIndexXml(parts.map((p) => absoluteUrl(`/sitemap/${sitemapPartName(p)}`))))
}
