/**
 * The search vocabulary: every folded word of the Vietnamese index rows with the number of documents holding it.
 * A misspelt word ("thj") is not in it; the nearest word by trigram similarity, the most frequent among equals
 * ("thi"), replaces it. Vietnamese writes syllables apart, so the table stays small (a few thousand rows) and a
 * lookup costs a millisecond, where trigram similarity over every title cost 80–200 ms at national size.
 */
import { idsLiteral, reindexSql, type IndexedType } from './searchIndex.sql'

export const SEARCH_WORDS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS search_words (
  word text PRIMARY KEY,
  docs integer NOT NULL
)`

export const SEARCH_WORDS_INDEX_SQL = 'CREATE INDEX IF NOT EXISTS search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)'

/** Rebuilds the vocabulary from the whole index (migration, bulk loads). */
export const REBUILD_SEARCH_WORDS_SQL = `DELETE FROM search_words;
INSERT INTO search_words (word, docs)
SELECT word, ndoc FROM ts_stat($$SELECT tsv FROM search_index WHERE locale = 'vi'$$) WHERE length(word) BETWEEN 2 AND 40`

/**
 * Adds (sign 1) or takes away (sign -1) the words of the given documents' current index rows. Rows are written in
 * word order, so two saves sharing words lock them in the same order.
 */
function countWords(type: IndexedType, list: string, sign: 1 | -1): string {
  return `INSERT INTO search_words (word, docs)
SELECT w, ${sign} * count(*) FROM search_index s CROSS JOIN LATERAL unnest(tsvector_to_array(s.tsv)) w
 WHERE s.locale = 'vi' AND s.doc_type = '${type}' AND length(w) BETWEEN 2 AND 40
   AND (${list}::int[] IS NULL OR s.doc_id = ANY(${list}::int[]))
 GROUP BY w ORDER BY w
ON CONFLICT (word) DO UPDATE SET docs = search_words.docs + EXCLUDED.docs`
}

/** `reindexSql` with the vocabulary kept exact: the old rows' words counted out, the new rows' words counted in. */
export function reindexWithWordsSql(
  type: IndexedType,
  ids: readonly (number | string)[] | null,
  publicStatuses: readonly string[],
): string {
  const list = idsLiteral(ids)
  return `${countWords(type, list, -1)};\n${reindexSql(type, ids, publicStatuses)}\n${countWords(type, list, 1)};`
}

/**
 * For each query word missing from the vocabulary, the word that replaces it (or NULL when nothing is similar
 * enough: pg_trgm's `%`, similarity ≥ 0.3). A typing slip changes a letter or adds or drops one, so only words of
 * about the same length qualify: a short word shares a larger share of its trigrams ("nguy" for "nguyxn") without
 * being what was meant. $1: the folded words.
 */
export const CORRECTIONS_SQL = `
SELECT q.w AS word,
       (SELECT v.word FROM search_words v
         WHERE v.docs > 0 AND v.word % q.w AND abs(length(v.word) - length(q.w)) <= 1
         ORDER BY similarity(v.word, q.w) DESC, v.docs DESC, v.word
         LIMIT 1) AS replacement
  FROM unnest($1::text[]) AS q(w)
 WHERE NOT EXISTS (SELECT 1 FROM search_words k WHERE k.word = q.w AND k.docs > 0)`
