import { parseSitemapPartName } from '@/domain/site/sitemapParts'
import { payloadClient } from '@/lib/payload'
import { sitemapPartEntries } from '@/lib/seo/sitemap/entries'
import { urlsetXml, xmlResponse } from '@/lib/seo/sitemap/xml'

// built on each request (one query over an id range), so a publish shows at once; nginx keeps a copy for a second
export const dynamic = 'force-dynamic'

/**
 * GET /sitemap/<kind>-<n>.xml — one file of the sitemap: the public pages of one kind (sections, exemplar
 * profiles, articles, unit pages), the public rows of the n-th id range (see sitemapParts.ts), in id order.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const part = parseSitemapPartName((await params).part)
  if (!part) return new Response('Không có tệp sơ đồ trang này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const entries = await sitemapPartEntries(await payloadClient(), part)
  if (!entries.length && part.kind !== 'trang')
    return new Response('Không có tệp sơ đồ trang này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return xmlResponse(urlsetXml(entries))
}
