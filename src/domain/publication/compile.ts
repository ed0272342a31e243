import type { ExemplarStatus } from '../exemplars/status'
import { compareExemplarNames } from '../people/nameOrder'

/** The levels an exemplar must have reached to enter the year's book, in the order the chapters follow. */
export const PUBLICATION_STATUSES = ['national', 'proposedToCentral', 'provincial'] as const satisfies readonly ExemplarStatus[]

/** Recognised in the year at a level that enters the year's book: the one rule the book and the year's figures share. */
export function isInPublication(e: { status: string; recognisedYears: number[] }, year: number): boolean {
  return (PUBLICATION_STATUSES as readonly string[]).includes(e.status) && e.recognisedYears.includes(year)
}

export interface PublicationExemplar {
  id: number
  name: string
  slug?: string | null
  status: string
  recognisedYears: number[]
  kind?: string | null
  unitName?: string | null
  fieldNames: string[]
  summary?: string | null
  /** Lexical state of the achievements */
  achievements?: unknown
}

export interface PublicationArticle {
  id: number
  title: string
  slug?: string | null
  excerpt?: string | null
  publishedAt?: string | null
  featured?: boolean | null
  status?: string | null
  exemplarIds: number[]
}

export interface Chapter {
  number: number
  /** in-page anchor of the chapter on the web book and its PDF destination */
  anchor: string
  exemplar: PublicationExemplar
  article: PublicationArticle | null
}

/**
 * The article that best presents an exemplar: a published one linked to it, the editors' featured pieces first,
 * then the newest, then the latest created (highest id) when two share a date.
 */
export function bestArticle(exemplarId: number, articles: PublicationArticle[]): PublicationArticle | null {
  const candidates = articles.filter((a) => a.status === 'published' && a.exemplarIds.includes(exemplarId))
  candidates.sort(
    (a, b) =>
      Number(!!b.featured) - Number(!!a.featured) ||
      (b.publishedAt ? Date.parse(b.publishedAt) : 0) - (a.publishedAt ? Date.parse(a.publishedAt) : 0) ||
      b.id - a.id,
  )
  return candidates[0] ?? null
}

/**
 * The chapters of "Điển hình tiên tiến tỉnh … năm {year}": every provincial, proposed-to-central and national
 * exemplar recognised that year, national first, then proposed to central, then provincial, by name within a level
 * (people by given name, Vietnamese collation), each with its best article.
 */
export function compilePublication(year: number, exemplars: PublicationExemplar[], articles: PublicationArticle[]): Chapter[] {
  const rank = (s: string) => (PUBLICATION_STATUSES as readonly string[]).indexOf(s)
  return exemplars
    .filter((e) => isInPublication(e, year))
    .sort((a, b) => rank(a.status) - rank(b.status) || compareExemplarNames(a, b) || a.id - b.id)
    .map((exemplar, i) => ({
      number: i + 1,
      anchor: `dien-hinh-${exemplar.slug || exemplar.id}`,
      exemplar,
      article: bestArticle(exemplar.id, articles),
    }))
}
