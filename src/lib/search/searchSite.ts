import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { NormalizedQuery } from '@/domain/search/normalizeQuery'
import { CORRECTIONS_SQL } from './searchWords.sql'
import { poolOf } from '@/lib/db/pool'
import { SEARCH_MAX_PAGE, SEARCH_PER_PAGE } from '@/domain/search/searchResultsPath'

export type SearchHitType = 'exemplar' | 'article'

export interface SearchHit {
  type: SearchHitType
  id: number
  slug: string | null
  title: string
  /** the part of the summary, excerpt or body where the query matched (or the summary/excerpt) */
  text: string | null
  /** the exemplar's locality */
  locality: string | null
  publishedAt: string | null
  score: number
}

export interface SearchPage {
  hits: SearchHit[]
  total: number
  /** more records match than were ranked (a common word): `total` is then a lower bound */
  capped: boolean
  page: number
  totalPages: number
  perPage: number
  /** the folded words searched: the visitor's, or their correction */
  query: string
  /** the visitor's words when a misspelt word was replaced (the results are for `query`) */
  correctedFrom: string | null
}

const MAX_WORDS = 8
/** Characters of body text sent to the page around the first match (the page cuts its own snippet from it). */
const WINDOW = 320

// The folded query and its tsquery are expressions over parameters, not a CTE, so the planner folds them to
// constants and answers `@@` from the GIN index on tsv and `<%` from the trigram index on title_fold.
const F = 'gs_fold($1::text)'
const TQ = `plainto_tsquery('simple', ${F})`
/** The same words, each required in the title (weight A of head_tsv): cheaper than a tsvector of each title. */
const TITLE_TQ = `(SELECT string_agg(quote_literal(w) || ':A', ' & ')::tsquery
  FROM unnest(tsvector_to_array(to_tsvector('simple', ${F}))) w)`

/**
 * Matches taken from each source before ranking. A common word matches most of the archive and ranking every match
 * would read them all, so each source gives at most this many rows, newest first (a larger number reaches deeper
 * pages and costs proportionally more; the page says "more than" when a source was cut).
 */
export const CANDIDATES = 400
const SIMILAR = 100

/** Titles equal to or starting with the query (btree, text_pattern_ops), and all words in the head (GIN head_tsv). */
const HEAD_SOURCES = `
  (SELECT 1 AS src, doc_type, doc_id FROM search_index WHERE locale = 'vi' AND title_fold LIKE ${F} || '%'
    ORDER BY sort_date DESC NULLS LAST LIMIT ${CANDIDATES})
  UNION ALL
  (SELECT 2, doc_type, doc_id FROM search_index WHERE locale = 'vi' AND head_tsv @@ ${TQ}
    ORDER BY sort_date DESC NULLS LAST LIMIT ${CANDIDATES})`

/** All words anywhere, body included (GIN tsv). */
const BODY_SOURCE = `
  UNION ALL
  (SELECT 3, doc_type, doc_id FROM search_index WHERE locale = 'vi' AND tsv @@ ${TQ}
    ORDER BY sort_date DESC NULLS LAST LIMIT ${CANDIDATES})`

/** With `$5` (the last fallback): titles word-similar to the query (GIN trigram, `<%`), most similar first. */
const SIMILAR_SOURCE = `
  UNION ALL
  (SELECT 4, doc_type, doc_id FROM search_index WHERE $5::boolean AND locale = 'vi' AND ${F} <% title_fold
    ORDER BY word_similarity(${F}, title_fold) DESC LIMIT ${SIMILAR})`

/**
 * Each way of matching gives its candidates from its own index, and only those are ranked. Ranking, highest first:
 * title equal to the query 4, starting with it 3, containing it 2, containing all its words 1.5; all words in
 * title/summary/locality +1; a body-only match adds nothing; `word_similarity` with the title (0–1) orders the rest.
 * So every match in the head ranks above every body-only match: `head` searches the head alone, which fills most
 * pages of a common word without reading the bodies' vectors; `full` adds the bodies and, with `$5`, similar titles.
 */
function searchSql(sources: string): string {
  return `
WITH raw AS (${sources}
),
capped AS (SELECT coalesce(bool_or(n >= ${CANDIDATES}), false) AS capped
             FROM (SELECT src, count(*) AS n FROM raw WHERE src < 4 GROUP BY src) k),
cand AS (SELECT DISTINCT doc_type, doc_id FROM raw),
ranked AS (
  SELECT s.doc_type, s.doc_id, s.slug, s.title, s.summary, s.locality, s.sort_date,
         ( CASE WHEN s.title_fold = ${F} THEN 4
                WHEN s.title_fold LIKE ${F} || '%' THEN 3
                WHEN s.title_fold LIKE '%' || ${F} || '%' THEN 2
                WHEN s.head_tsv @@ ${TITLE_TQ} THEN 1.5
                ELSE 0 END
           + CASE WHEN s.head_tsv @@ ${TQ} THEN 1 ELSE 0 END
           + word_similarity(${F}, s.title_fold)
         )::float8 AS score,
         count(*) OVER ()::int AS total
    FROM cand c
    JOIN search_index s ON s.doc_type = c.doc_type AND s.doc_id = c.doc_id AND s.locale = 'vi'
   ORDER BY score DESC, s.sort_date DESC NULLS LAST, s.title ASC, s.doc_id ASC
   LIMIT $2 OFFSET $3
)
SELECT h.doc_type AS type, h.doc_id AS id, h.slug, h.title, h.locality, h.sort_date AS published_at, h.score, h.total,
       (SELECT capped FROM capped) AS capped,
       CASE WHEN m.at IS NULL THEN h.summary
            ELSE (CASE WHEN m.at > ${WINDOW / 4} THEN '…' ELSE '' END) || substr(b.body, greatest(1, m.at - ${WINDOW / 4}), ${WINDOW})
       END AS text
  FROM ranked h
  JOIN search_index b ON b.doc_type = h.doc_type AND b.doc_id = h.doc_id AND b.locale = 'vi'
  -- the body window is used when no word of the query occurs in the summary/excerpt but one occurs in the body
  LEFT JOIN LATERAL (
    SELECT min(p) AS at FROM unnest($4::text[]) w, LATERAL strpos(gs_fold(b.body), w) p
     WHERE p > 0 AND NOT EXISTS (SELECT 1 FROM unnest($4::text[]) w2 WHERE strpos(gs_fold(coalesce(h.summary, '')), w2) > 0)
  ) m ON true
 ORDER BY h.score DESC, h.sort_date DESC NULLS LAST, h.title ASC, h.doc_id ASC`
}

export const HEAD_SEARCH_SQL = searchSql(HEAD_SOURCES)
export const FULL_SEARCH_SQL = searchSql(HEAD_SOURCES + BODY_SOURCE + SIMILAR_SOURCE)

/** Whether some record has every word in its body only: a page filled from the heads then says "more than". */
const BODY_ONLY_SQL = `SELECT EXISTS (SELECT 1 FROM search_index WHERE locale = 'vi' AND tsv @@ ${TQ} AND NOT head_tsv @@ ${TQ}) AS more`

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
  capped: boolean
}

type Pool = PostgresAdapter['pool']
interface Found {
  rows: Row[]
  total: number
  capped: boolean
}

const found = (rows: Row[], capped = rows[0]?.capped ?? false): Found => ({ rows, total: rows[0]?.total ?? 0, capped })

/** One page of the records matching `text`: from the heads alone when they fill it, else with the bodies. */
async function findPage(pool: Pool, text: string, words: string[], offset: number, perPage: number, similar: boolean): Promise<Found> {
  if (!similar) {
    const head = await pool.query<Row>(HEAD_SEARCH_SQL, [text, perPage, offset, words])
    const headTotal = head.rows[0]?.total
    if (headTotal !== undefined && headTotal >= offset + perPage) {
      const more = head.rows[0].capped || (await pool.query<{ more: boolean }>(BODY_ONLY_SQL, [text])).rows[0]?.more
      return found(head.rows, Boolean(more))
    }
  }
  return found((await pool.query<Row>(FULL_SEARCH_SQL, [text, perPage, offset, words, similar])).rows)
}

/** The query's words, each missing one replaced by the nearest known word; null when none was missing or replaceable. */
async function correctedQuery(pool: Pool, folded: string, words: string[]): Promise<string | null> {
  const res = await pool.query<{ word: string; replacement: string | null }>(CORRECTIONS_SQL, [words])
  const replacements = new Map(res.rows.filter((r) => r.replacement).map((r) => [r.word, r.replacement!]))
  if (!replacements.size) return null
  return folded
    .split(' ')
    .map((w) => replacements.get(w) ?? w)
    .join(' ')
}

const wordsOf = (folded: string) => [...new Set(folded.split(' ').filter((w) => w.length >= 2))].slice(0, MAX_WORDS)

/**
 * Runs the site search for page `page` (1-based) of a normalised query, over the search index only (see
 * searchIndex.sql.ts): published articles (title, excerpt, body, transcript) and public exemplars (name, summary,
 * locality, achievements), all folded by `gs_fold`. A record matches when every word of the query occurs in it.
 * When the words find less than a page: a word missing from the vocabulary is replaced by the nearest known one
 * ("thj" → "thi", `correctedFrom` says so), and when even that finds nothing, titles word-similar to the query
 * (pg_trgm `<%`) are searched — which is how a misspelt name made of real words ("hao" for "hoa") is still found.
 */
export async function searchSite(
  payload: Payload,
  query: NormalizedQuery & { ok: true },
  page = 1,
  perPage = SEARCH_PER_PAGE,
): Promise<SearchPage> {
  const safePage = Math.min(Math.max(1, Math.floor(page) || 1), SEARCH_MAX_PAGE)
  const offset = (safePage - 1) * perPage
  const pool = poolOf(payload)
  let folded = query.folded
  let res = await findPage(pool, query.text, wordsOf(folded), offset, perPage, false)
  let correctedFrom: string | null = null
  // fewer than a page on the first page: the query may be misspelt (later pages come from links of a good query)
  if (safePage === 1 && res.total < perPage) {
    const corrected = await correctedQuery(pool, folded, wordsOf(folded))
    const alt = corrected ? await findPage(pool, corrected, wordsOf(corrected), offset, perPage, false) : null
    if (corrected && alt && alt.total > res.total) [res, folded, correctedFrom] = [alt, corrected, query.text]
    // trigram similarity over every title sharing a few letters with a common word costs more than the whole
    // search: only when the words, corrected or not, found nothing at all
    if (res.total === 0) res = await findPage(pool, correctedFrom ? folded : query.text, wordsOf(folded), offset, perPage, true)
  }
  return {
    hits: res.rows.map((r) => ({
      type: r.type,
      id: r.id,
      slug: r.slug,
      title: r.title ?? '',
      text: r.text,
      locality: r.locality,
      publishedAt: r.type === 'article' && r.published_at ? new Date(r.published_at).toISOString() : null,
      score: Number(r.score),
    })),
    total: res.total,
    capped: res.capped,
    page: safePage,
    totalPages: Math.ceil(res.total / perPage),
    perPage,
    query: folded,
    correctedFrom,
  }
}
