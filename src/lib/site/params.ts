/** Query-string helpers for server pages (Next passes `string | string[] | undefined`). */
export type SearchParams = Record<string, string | string[] | undefined>

export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)

/** A positive integer from the query string, or undefined when absent or malformed. */
export function positiveInt(value: string | string[] | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const raw = firstParam(value)?.trim()
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined
  const n = Number(raw)
  return n >= 1 && n <= max ? n : undefined
}

/** One of the allowed values, or undefined. */
export function oneOf<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  const raw = firstParam(value)
  return raw && (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined
}

/** `path?key=value&…` without empty values. */
export function hrefWith(path: string, params: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') qs.set(key, String(value))
  const s = qs.toString()
  return s ? `${path}?${s}` : path
}

/** A route segment as written in the URL, decoded when it is percent-encoded (never throws). */
export function segment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** What Next passes to a `[slug]` page and its `generateMetadata`. */
export type SlugPageProps = { params: Promise<{ slug: string }> }

/** The page's `[slug]`, decoded. */
export const slugOf = async ({ params }: SlugPageProps): Promise<string> => segment((await params).slug)

/** `[slug]` pages are rendered on first visit and then kept for their `revalidate` seconds: none is built ahead. */
export async function noStaticParams(): Promise<{ slug: string }[]> {
  return []
}
