import { sitemapPartPath, sitemapParts } from '@/domain/site/sitemapParts'
import { payloadClient } from '@/lib/payload'
import { sitemapPagesWithRows } from '@/lib/seo/sitemap/entries'
import { sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemap/xml'
import { absoluteUrl } from '@/lib/seo/urls'

// built on each request (one index probe per id range of each kind), so the files it names are always current
export const dynamic = 'force-dynamic'

/** GET /sitemap.xml — the index of the sitemap's files: every id range of each kind that holds a public page. */
export async function GET(): Promise<Response> {
  const parts = sitemapParts(await sitemapPagesWithRows(await payloadClient()))
  return xmlResponse(sitemapIndexXml(parts.map((p) => absoluteUrl(sitemapPartPath(p)))))
}
