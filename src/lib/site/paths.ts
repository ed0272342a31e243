/** Public URLs of the site's documents. */
export const exemplarPath = (slug: string | null | undefined) => `/dien-hinh/${encodeURIComponent(slug ?? '')}`
export const articlePath = (slug: string | null | undefined) => `/bai-viet/${encodeURIComponent(slug ?? '')}`
export const contestPath = (slug: string | null | undefined) => `/cuoc-thi/${encodeURIComponent(slug ?? '')}`
/** The published results of a contest. */
export const contestResultsPath = (slug: string | null | undefined) => `${contestPath(slug)}/ket-qua`
export const publicationPath = (year: number) => `/an-pham/${year}`
/** The entry form of a contest; `editId` opens one of the author's entries. */
export const entryFormPath = (slug: string | null | undefined, editId?: number | null) =>
  `${contestPath(slug)}/gui-bai${editId ? `?sua=${editId}` : ''}`
export const columnPath = (outletSlug: string | null | undefined, columnSlug: string | null | undefined) =>
  `/chuyen-muc/${encodeURIComponent(outletSlug ?? '')}/${encodeURIComponent(columnSlug ?? '')}`
/** Page n of a column's article list (page 1 is the column itself). */
export const columnPagePath = (outletSlug: string | null | undefined, columnSlug: string | null | undefined, page: number) =>
  page > 1 ? `${columnPath(outletSlug, columnSlug)}/trang/${page}` : columnPath(outletSlug, columnSlug)
export const outletAnchor = (outletSlug: string | null | undefined) => `/chuyen-muc#${encodeURIComponent(outletSlug ?? '')}`

/** Absolute URL for metadata and sharing. */
export const siteUrl = (path = '/') => new URL(path, process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').toString()

/** The public check of a certificate by the verification code printed on it. */
export const verifyPath = (code: string) => `/xac-minh/${encodeURIComponent(code)}`
