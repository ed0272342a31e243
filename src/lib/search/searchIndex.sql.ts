/**
 * The site search index: one table (`search_index`) holding, for every document an anonymous visitor may read, its
 * title, summary and plain body text, folded for Vietnamese (see `gs_fold`) into a tsvector and a trigram-indexed
 * title. Documents that are not public have no row at all, so a search can never show them.
 * Why a table of our own and not @payloadcms/plugin-search: docs/adr/0002-search-index.md.
 */

/**
 * Plain text of a Lexical state, in SQL: the text nodes of each block joined, blocks (and list items) on their own
 * line (as `plainText()` in src/lib/lexical.ts, which also runs list items together), so a reindex never needs Node.
 */
export const LEXICAL_TEXT_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION gs_lexical_text(state jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
    SELECT coalesce(string_agg(nullif(t.text, ''), E'\\n' ORDER BY b.ord, b.sub), '')
      FROM (
        SELECT top.ord, 0 AS sub, top.node FROM jsonb_array_elements(state->'root'->'children') WITH ORDINALITY AS top(node, ord)
         WHERE top.node->>'type' IS DISTINCT FROM 'list'
        UNION ALL
        SELECT top.ord, item.sub, item.node FROM jsonb_array_elements(state->'root'->'children') WITH ORDINALITY AS top(node, ord)
         CROSS JOIN LATERAL jsonb_array_elements(top.node->'children') WITH ORDINALITY AS item(node, sub)
         WHERE top.node->>'type' = 'list'
      ) b
      CROSS JOIN LATERAL (
        SELECT string_agg(v #>> '{}', '') AS text FROM jsonb_path_query(b.node, 'strict $.**.text ? (@.type() == "string")') v
      ) t
  $$`

export const SEARCH_TABLE_SQL = `CREATE TABLE IF NOT EXISTS search_index (
  doc_type   text NOT NULL CHECK (doc_type IN ('article', 'exemplar')),
  doc_id     integer NOT NULL,
  locale     text NOT NULL,
  slug       varchar,
  title      text NOT NULL,
  summary    text,
  body       text,
  locality   text,
  sort_date  timestamptz,
  title_fold text NOT NULL,
  head_tsv   tsvector NOT NULL,
  tsv        tsvector NOT NULL,
  indexed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_type, doc_id, locale)
)`

/** Every word of title, summary and body, and of the head alone (GIN); misspelt titles through trigram similarity (GIN, pg_trgm). */
export const SEARCH_TABLE_INDEXES_SQL: readonly string[] = [
  'CREATE INDEX IF NOT EXISTS search_index_tsv_idx ON search_index USING gin (tsv)',
  'CREATE INDEX IF NOT EXISTS search_index_head_tsv_idx ON search_index USING gin (head_tsv)',
  'CREATE INDEX IF NOT EXISTS search_index_title_trgm_idx ON search_index USING gin (title_fold gin_trgm_ops)',
  // titles equal to or starting with the query; and "newest first" among a common word's many matches
  'CREATE INDEX IF NOT EXISTS search_index_title_prefix_idx ON search_index (locale, title_fold text_pattern_ops)',
  'CREATE INDEX IF NOT EXISTS search_index_sort_date_idx ON search_index (locale, sort_date DESC NULLS LAST)',
]

/** Bodies longer than this are indexed by their beginning only (a tsvector holds at most 1 MB). */
const BODY_CHARS = 200_000

const vector = (title: string, head: string, body: string) => ({
  head: `setweight(to_tsvector('simple', gs_fold(${title})), 'A') || setweight(to_tsvector('simple', gs_fold(${head})), 'B')`,
  body: `setweight(to_tsvector('simple', gs_fold(left(${body}, ${BODY_CHARS}))), 'C')`,
})

const COLUMNS = 'doc_type, doc_id, locale, slug, title, summary, body, locality, sort_date, title_fold, head_tsv, tsv'

/** `ids` is either NULL (every document) or an int[] literal: the caller builds it from integers only. */
function articleRows(ids: string): string {
  const v = vector('al.title', `coalesce(al.excerpt, '')`, `coalesce(x.body, '')`)
  return `INSERT INTO search_index (${COLUMNS})
SELECT 'article', a.id, al._locale::text, a.slug, al.title, al.excerpt, x.body, NULL, a.published_at, gs_fold(al.title),
       ${v.head}, ${v.head} || ${v.body}
  FROM articles a
  JOIN articles_locales al ON al._parent_id = a.id
 CROSS JOIN LATERAL (SELECT nullif(concat_ws(E'\\n', nullif(gs_lexical_text(al.content), ''), nullif(al.transcript, '')), '') AS body) x
 WHERE a._status = 'published' AND al.title IS NOT NULL AND (${ids}::int[] IS NULL OR a.id = ANY(${ids}::int[]))`
}

function exemplarRows(ids: string, publicStatuses: readonly string[]): string {
  const statuses = publicStatuses.map((s) => `'${s.replace(/'/g, "''")}'`).join(', ')
  const v = vector('e.name', `concat_ws(' ', el.summary, e.locality)`, `coalesce(x.body, '')`)
  // the name is not localized: every exemplar gets a 'vi' row, other locales only where a translation exists
  return `INSERT INTO search_index (${COLUMNS})
SELECT 'exemplar', e.id, l.locale, e.slug, e.name, el.summary, x.body, e.locality, e.discovered_on, gs_fold(e.name),
       ${v.head}, ${v.head} || ${v.body}
  FROM exemplars e
 CROSS JOIN (SELECT unnest(enum_range(NULL::_locales))::text AS locale) l
  LEFT JOIN exemplars_locales el ON el._parent_id = e.id AND el._locale::text = l.locale
 CROSS JOIN LATERAL (SELECT nullif(gs_lexical_text(el.achievements), '') AS body) x
 WHERE e.status::text IN (${statuses}) AND (l.locale = 'vi' OR el.id IS NOT NULL)
   AND (${ids}::int[] IS NULL OR e.id = ANY(${ids}::int[]))`
}

export type IndexedType = 'article' | 'exemplar'

/** An int[] literal for the reindex statements, or NULL for all; anything but integers is refused. */
export function idsLiteral(ids: readonly (number | string)[] | null): string {
  if (ids === null) return 'NULL'
  const nums = ids.map(Number)
  if (nums.some((n) => !Number.isSafeInteger(n))) throw new Error(`search index: not an id list: ${ids.join(',')}`)
  return `'{${nums.join(',')}}'`
}

/**
 * The statements that make the index rows of the given documents (or of all, `ids` NULL) equal to what the source
 * tables now hold: delete their rows, then insert those that are public. Run inside the write's transaction.
 */
export function reindexSql(type: IndexedType, ids: readonly (number | string)[] | null, publicStatuses: readonly string[]): string {
  const list = idsLiteral(ids)
  const remove = `DELETE FROM search_index WHERE doc_type = '${type}' AND (${list}::int[] IS NULL OR doc_id = ANY(${list}::int[]))`
  const insert = type === 'article' ? articleRows(list) : exemplarRows(list, publicStatuses)
  return `${remove};\n${insert};`
}

/** Source-table trigram indexes that served the old search (it read the collections directly). */
export const OLD_SOURCE_INDEXES = [
  'exemplars_name_fold_trgm_idx',
  'exemplars_locality_fold_trgm_idx',
  'exemplars_locales_summary_fold_trgm_idx',
  'articles_locales_title_fold_trgm_idx',
  'articles_locales_excerpt_fold_trgm_idx',
] as const
