import { columnPath } from '../site/paths'

/** Public URLs added by the SEO and unit pages (the others are in lib/site/paths). */
export const unitPath = (code: string | null | undefined) => `/don-vi/${encodeURIComponent(code ?? '')}`
export const columnRssPath = (outletSlug: string | null | undefined, columnSlug: string | null | undefined) =>
  `${columnPath(outletSlug, columnSlug)}/rss.xml`

export const RSS_TYPE = 'application/rss+xml'

/**
 * `alternates.types` announcing column feeds (`<link rel="alternate" type="application/rss+xml">`), so feed readers
 * find a column's feed from the column page and from each of its articles.
 */
export const rssAlternates = (
  feeds: { outletSlug: string | null | undefined; columnSlug: string | null | undefined; title: string }[],
) => ({
  [RSS_TYPE]: feeds
    .filter((f) => f.outletSlug && f.columnSlug)
    .map((f) => ({ url: absoluteUrl(columnRssPath(f.outletSlug, f.columnSlug)), title: f.title })),
})

/** The site's origin without a trailing slash, from NEXT_PUBLIC_SERVER_URL. */
export const siteOrigin = () => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** An absolute URL for feeds and sitemaps; already absolute URLs (media on a CDN) pass through. */
export const absoluteUrl = (path: string) =>
  /^https?:\/\//i.test(path) ? path : `${siteOrigin()}${path.startsWith('/') ? '' : '/'}${path}`
