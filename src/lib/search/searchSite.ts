import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { PUBLIC_EXEMPLAR_STATUSES } from '../../domain/exemplars/status'
import type { NormalizedQuery } from '../../domain/search/normalizeQuery'

export type SearchHitType = 'exemplar' | 'article'

export interface SearchHit {
  type: SearchHitType
  id: number
  slug: string | null
  title: string
  /** the exemplar's summary or the article's excerpt */
  text: string | null
  /** the exemplar's locality, or the article's publication date */
  locality: string | null
  publishedAt: string | null
  score: number
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  page: number
  totalPages: number
  perPage: number
}

export const SEARCH_PER_PAGE = 20
export const SEARCH_MAX_PAGE = 50

// Written out as expressions over parameters (not a CTE) so the planner folds them and can use the trigram indexes
// on gs_fold(...): each word becomes a LIKE the index answers, the whole query a `<%` the index answers too.
const F = 'gs_fold($1::text)'
const CONTAINS = `('%' || ${F} || '%')`
const PREFIX = `(${F} || '%')`
const MAX_WORDS = 8

/** Every word of the query somewhere in the given folded columns (parameters from $5 on). */
const allWords = (columns: string[], words: number) =>
  Array.from({ length: words }, (_, i) => `(${columns.map((c) => `${c} LIKE ('%' || gs_fold($${i + 5}::text) || '%')`).join(' OR ')})`).join(' AND ')

function searchSql(words: number): string {
  const exemplarCols = ['gs_fold(e.name)', 'gs_fold(el.summary)', 'gs_fold(e.locality)']
  const articleCols = ['gs_fold(al.title)', 'gs_fold(al.excerpt)']
  return `
WITH hits AS (
  SELECT 'exemplar'::text AS type, e.id, e.slug, e.name AS title, el.summary AS text, e.locality, NULL::timestamptz AS published_at,
         gs_fold(e.name) AS ft, gs_fold(el.summary) AS fx, gs_fold(e.locality) AS fl
    FROM exemplars e
    LEFT JOIN exemplars_locales el ON el._parent_id = e.id AND el._locale = 'vi'
   WHERE e.status::text = ANY($2::text[])
     AND ((${allWords(exemplarCols, words)}) OR ${F} <% gs_fold(e.name))
  UNION ALL
  SELECT 'article'::text, a.id, a.slug, al.title, al.excerpt, NULL, a.published_at,
         gs_fold(al.title), gs_fold(al.excerpt), NULL
    FROM articles a
    JOIN articles_locales al ON al._parent_id = a.id AND al._locale = 'vi'
   WHERE a._status = 'published'
     AND ((${allWords(articleCols, words)}) OR ${F} <% gs_fold(al.title))
)
SELECT h.type, h.id, h.slug, h.title, h.text, h.locality, h.published_at,
       ( CASE WHEN h.ft = ${F} THEN 3
              WHEN h.ft LIKE ${PREFIX} THEN 2
              WHEN h.ft LIKE ${CONTAINS} THEN 1.2
              WHEN ${allWords(['h.ft'], words)} THEN 1
              ELSE 0 END
         + word_similarity(${F}, coalesce(h.ft, ''))
         + 0.5 * word_similarity(${F}, coalesce(h.fx, ''))
         + CASE WHEN h.fx LIKE ${CONTAINS} THEN 0.3 ELSE 0 END
         + CASE WHEN h.fl LIKE ${CONTAINS} THEN 0.3 ELSE 0 END
       )::float8 AS score,
       count(*) OVER ()::int AS total
  FROM hits h
 ORDER BY score DESC, h.published_at DESC NULLS LAST, h.title ASC, h.id ASC
 LIMIT $3 OFFSET $4`
}

interface Row {
  type: SearchHitType
  id: number
  slug: string | null
  title: string | null
  text: string | null
  locality: string | null
  published_at: Date | string | null
  score: number
  total: number
}

/**
 * One query over the public exemplars (name, summary, locality) and the published articles (title, excerpt), both
 * folded by `gs_fold` (see indexes.sql.ts). A record matches when every word of the query occurs in one of its
 * texts, or when the whole query is word-similar (pg_trgm `<%`) to its name/title. Ranked in PostgreSQL:
 *  - the title/name equal to the query ranks first, then names starting with it, then names containing it, then
 *    names containing all its words;
 *  - `word_similarity` (pg_trgm) lets a misspelt or partial word still match and orders the rest;
 *  - a match in the summary/excerpt or the locality counts for less than one in the name.
 * Only what an anonymous visitor may read is returned: articles whose current version is published, exemplars with a
 * public status. Parameters: $1 the query (NFC, free of LIKE wildcards: see normalizeQuery), $2 public statuses,
 * $3 limit, $4 offset, $5… its words. The query is folded by the same `gs_fold` as the columns.
 *
 * Runs the site search for page `page` (1-based) of a normalised query.
 */
export async function searchSite(payload: Payload, query: NormalizedQuery & { ok: true }, page = 1, perPage = SEARCH_PER_PAGE): Promise<SearchPage> {
  const safePage = Math.min(Math.max(1, Math.floor(page) || 1), SEARCH_MAX_PAGE)
  const pool = (payload.db as unknown as PostgresAdapter).pool
  const words = [...new Set(query.text.split(' ').filter(Boolean))].slice(0, MAX_WORDS)
  const res = await pool.query<Row>(searchSql(words.length), [query.text, [...PUBLIC_EXEMPLAR_STATUSES], perPage, (safePage - 1) * perPage, ...words])
  const total = res.rows[0]?.total ?? 0
  return {
    hits: res.rows.map((r) => ({
      type: r.type,
      id: r.id,
      slug: r.slug,
      title: r.title ?? '',
      text: r.text,
      locality: r.locality,
      publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
      score: Number(r.score),
    })),
    total,
    page: safePage,
    totalPages: Math.ceil(total / perPage),
    perPage,
  }
}
