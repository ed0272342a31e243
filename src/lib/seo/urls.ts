import { columnPath } from '../site/paths'

/** Public URLs added by the SEO and unit pages (the others are in lib/site/paths). */
export const unitPath = (code: string | null | undefined) => `/don-vi/${encodeURIComponent(code ?? '')}`
export const columnRssPath = (outletSlug: string | null | undefined, columnSlug: string | null | undefined) => `${columnPath(outletSlug, columnSlug)}/rss.xml`

/** The site's origin without a trailing slash, from NEXT_PUBLIC_SERVER_URL. */
export const siteOrigin = () => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** An absolute URL for feeds and sitemaps; already absolute URLs (media on a CDN) pass through. */
export const absoluteUrl = (path: string) => (/^https?:\/\//i.test(path) ? path : `${siteOrigin()}${path.startsWith('/') ? '' : '/'}${path}`)
