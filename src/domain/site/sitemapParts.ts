/**
 * How the sitemap is split: sitemaps.org allows at most 50,000 URLs in one file, so /sitemap.xml is an index of
 * files, one kind of page per file and each kind cut into numbered parts of at most that many URLs.
 */
export const SITEMAP_URL_LIMIT = 50_000

/** The kinds of page, in the order the index lists them; each name is the start of its files' names. */
export const SITEMAP_KINDS = ['trang', 'dien-hinh', 'bai-viet', 'don-vi'] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

export interface SitemapPart {
  kind: SitemapKind
  /** 1-based */
  page: number
}

export const sitemapPartName = ({ kind, page }: SitemapPart) => `${kind}-${page}.xml`

/** `bai-viet-2.xml` → { kind: 'bai-viet', page: 2 }; anything else (unknown kind, page 0, leading zeros) → null. */
export function parseSitemapPartName(name: string): SitemapPart | null {
  const m = /^([a-z-]+)-([1-9]\d{0,6})\.xml$/.exec(name)
  if (!m || !(SITEMAP_KINDS as readonly string[]).includes(m[1])) return null
  return { kind: m[1] as SitemapKind, page: Number(m[2]) }
}

/** Every file the index lists, given how many URLs each kind has; a kind with none has no file, except the pages. */
export function sitemapParts(counts: Record<SitemapKind, number>, size = SITEMAP_URL_LIMIT): SitemapPart[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('size must be a positive integer')
  return SITEMAP_KINDS.flatMap((kind) => {
    const files = Math.max(kind === 'trang' ? 1 : 0, Math.ceil(Math.max(0, counts[kind]) / size))
    return Array.from({ length: files }, (_, i) => ({ kind, page: i + 1 }))
  })
}

/** The offset and limit of one part's rows. */
export const sitemapPartWindow = (page: number, size = SITEMAP_URL_LIMIT) => ({ offset: (page - 1) * size, limit: size })
