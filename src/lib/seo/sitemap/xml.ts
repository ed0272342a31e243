import { gzip } from 'node:zlib'
import { promisify } from 'node:util'
import type { SitemapEntry } from './entries'

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
// a string is already a W3C datetime (the files' rows); a Date is printed as one
const lastmod = (d: SitemapEntry['lastModified']) => (d ? `<lastmod>${typeof d === 'string' ? d : d.toISOString()}</lastmod>` : '')
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

const urlXml = (e: SitemapEntry) =>
  `<url><loc>${escapeXml(e.url)}</loc>${lastmod(e.lastModified)}` +
  (e.changeFrequency ? `<changefreq>${e.changeFrequency}</changefreq>` : '') +
  (e.priority != null ? `<priority>${e.priority}</priority>` : '') +
  '</url>'

/** A sitemaps.org `urlset`. */
export const urlsetXml = (entries: SitemapEntry[]) => `${HEAD}<urlset ${NS}>\n${entries.map(urlXml).join('\n')}\n</urlset>\n`

/** A sitemaps.org `sitemapindex` of the given files. */
export const sitemapIndexXml = (urls: string[]) =>
  `${HEAD}<sitemapindex ${NS}>\n${urls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`

export const xmlResponse = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'application/xml; charset=utf-8' } })

const gzipped = promisify(gzip)

/** A sitemap file as a gzip file (`.xml.gz`): compressed here once, so the cached bytes are sent as they are. */
export const gzipXmlResponse = async (xml: string) =>
  new Response(new Uint8Array(await gzipped(xml)), { headers: { 'Content-Type': 'application/gzip' } })
