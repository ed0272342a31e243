import { parseSitemapPartName, sitemapPartPath } from '@/domain/site/sitemapParts'
import { plainTextNotFound } from '@/lib/http'
import { payloadClient } from '@/lib/payload'
import { sitemapPartEntries } from '@/lib/seo/sitemap/entries'
import { gzipXmlResponse, urlsetXml } from '@/lib/seo/sitemap/xml'
import { absoluteUrl } from '@/lib/seo/urls'

// built once, then served from Next's cache: a crawler reading every file costs no queries. A change expires the file
// that lists the record (the collections' revalidate hooks, sitemapPathOfId); 300 s is the guard for what no hook
// follows (an outlet or a unit renamed), as for the pages
export const revalidate = 300
// a route handler is cached only when static: no files are built ahead, each is made on its first request
export const dynamic = 'force-static'
export const generateStaticParams = async (): Promise<{ part: string }[]> => []

const notFound = () => plainTextNotFound('Không có tệp sơ đồ trang này.')

/**
 * GET /sitemap/<kind>-<n>.xml.gz — one file of the sitemap, gzip-compressed: the public pages of one kind (sections,
 * exemplar profiles, articles, unit pages), the public rows of the n-th id range (see sitemapParts.ts), in id order.
 * The same name without `.gz`, as the index listed files before they were compressed, moves there for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }): Promise<Response> {
  const name = (await params).part
  const part = parseSitemapPartName(name)
  if (!part) {
    const uncompressed = name.endsWith('.xml') ? parseSitemapPartName(`${name}.gz`) : null
    return uncompressed ? Response.redirect(absoluteUrl(sitemapPartPath(uncompressed)), 301) : notFound()
  }
  const entries = await sitemapPartEntries(await payloadClient(), part)
  if (!entries.length && part.kind !== 'trang') return notFound()
  return gzipXmlResponse(urlsetXml(entries))
}
