/**
 * How the sitemap is split. /sitemap.xml is an index of files, one kind of page per file. Each kind is cut by id
 * into ranges of `SITEMAP_FILE_IDS` ids: file n holds the public rows whose id is in ((n-1)·size, n·size]. A file's
 * content then depends only on its own rows: a new record changes the last file, an edit or unpublish changes
 * one file, and no other file shifts. A file holds at most `size` URLs; 2,000 is the size WordPress's own sitemaps
 * use, so each file is one quick request for a crawler however large the archive grows (sitemaps.org allows up to
 * 50,000). Files are gzip-compressed once, when built (`.xml.gz`, which sitemaps.org allows): a crawler is sent the
 * stored bytes, not a fresh compression of a 300 KB file on every request.
 */
export const SITEMAP_URL_LIMIT = 50_000
export const SITEMAP_FILE_IDS = 2_000

/** The kinds of page, in the order the index lists them; each name is the start of its files' names. */
export const SITEMAP_KINDS = ['trang', 'dien-hinh', 'bai-viet', 'don-vi'] as const
export type SitemapKind = (typeof SITEMAP_KINDS)[number]

export interface SitemapPart {
  kind: SitemapKind
  /** 1-based */
  page: number
}

export const sitemapPartName = ({ kind, page }: SitemapPart) => `${kind}-${page}.xml.gz`

/** The address of a file of the sitemap. */
export const sitemapPartPath = (part: SitemapPart) => `/sitemap/${sitemapPartName(part)}`

/**
 * The highest file number a name may carry (200 million ids of a kind). Each file's answer, a "not found" included,
 * is kept in the page cache, so the names a visitor can make up are bounded.
 */
export const SITEMAP_MAX_PAGE = 99_999

/**
 * `bai-viet-2.xml.gz` → { kind: 'bai-viet', page: 2 }; anything else (unknown kind, page 0, leading zeros, past
 * SITEMAP_MAX_PAGE, a sections file other than the first) → null.
 */
export function parseSitemapPartName(name: string): SitemapPart | null {
  const m = /^([a-z-]+)-([1-9]\d{0,4})\.xml\.gz$/.exec(name)
  if (!m || !(SITEMAP_KINDS as readonly string[]).includes(m[1])) return null
  const part = { kind: m[1] as SitemapKind, page: Number(m[2]) }
  return part.kind === 'trang' && part.page !== 1 ? null : part
}

/** Throws a RangeError for a file size the sitemap protocol does not allow. */
export function checkSitemapFileSize(size: number): void {
  if (!Number.isInteger(size) || size < 1 || size > SITEMAP_URL_LIMIT)
    throw new RangeError(`size must be an integer from 1 to ${SITEMAP_URL_LIMIT}`)
}

/** The file an id belongs to. */
export function sitemapPageOfId(id: number, size = SITEMAP_FILE_IDS): number {
  checkSitemapFileSize(size)
  return Math.floor((id - 1) / size) + 1
}

/** The address of the file that lists the record with this id (its page is in no other file). */
export const sitemapPathOfId = (kind: Exclude<SitemapKind, 'trang'>, id: number, size = SITEMAP_FILE_IDS) =>
  sitemapPartPath({ kind, page: sitemapPageOfId(id, size) })

/** The ids one file covers, both ends included. */
export function sitemapPartIds(page: number, size = SITEMAP_FILE_IDS): { fromId: number; toId: number } {
  checkSitemapFileSize(size)
  return { fromId: (page - 1) * size + 1, toId: page * size }
}

/**
 * Every file the index lists, given the files of each kind that hold at least one public row; the pages file is
 * always there.
 */
export function sitemapParts(pagesWithRows: Record<Exclude<SitemapKind, 'trang'>, number[]>): SitemapPart[] {
  return SITEMAP_KINDS.flatMap((kind): SitemapPart[] =>
    kind === 'trang'
      ? [{ kind, page: 1 }]
      : [...new Set(pagesWithRows[kind])]
          .filter((p) => Number.isInteger(p) && p >= 1)
          .sort((a, b) => a - b)
          .map((page) => ({ kind, page })),
  )
}
