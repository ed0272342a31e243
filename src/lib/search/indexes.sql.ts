/**
 * Database support for the diacritic-insensitive search (`searchSite`). To be run by a migration after the initial
 * schema (and in the search test's beforeAll); every statement is idempotent.
 *
 * `unaccent()` is only STABLE (it reads a dictionary chosen by search_path), so an index cannot use it directly:
 * `gs_fold(text)` names the dictionary with its schema and is declared IMMUTABLE. `đ`/`Đ` are translated explicitly
 * because not every unaccent.rules maps them to `d`.
 */
export const FOLD_FUNCTION_SQL = `CREATE OR REPLACE FUNCTION gs_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT translate(lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), 'đĐ', 'dd') $$`

export const SEARCH_INDEX_STATEMENTS: readonly string[] = [
  'CREATE EXTENSION IF NOT EXISTS unaccent',
  'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  FOLD_FUNCTION_SQL,
  'CREATE INDEX IF NOT EXISTS exemplars_name_fold_trgm_idx ON exemplars USING gin (gs_fold(name) gin_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS exemplars_locality_fold_trgm_idx ON exemplars USING gin (gs_fold(locality) gin_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS exemplars_locales_summary_fold_trgm_idx ON exemplars_locales USING gin (gs_fold(summary) gin_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS articles_locales_title_fold_trgm_idx ON articles_locales USING gin (gs_fold(title) gin_trgm_ops)',
  'CREATE INDEX IF NOT EXISTS articles_locales_excerpt_fold_trgm_idx ON articles_locales USING gin (gs_fold(excerpt) gin_trgm_ops)',
]

/** The reverse, for a migration's `down`. */
export const DROP_SEARCH_INDEX_STATEMENTS: readonly string[] = [
  'DROP INDEX IF EXISTS articles_locales_excerpt_fold_trgm_idx',
  'DROP INDEX IF EXISTS articles_locales_title_fold_trgm_idx',
  'DROP INDEX IF EXISTS exemplars_locales_summary_fold_trgm_idx',
  'DROP INDEX IF EXISTS exemplars_locality_fold_trgm_idx',
  'DROP INDEX IF EXISTS exemplars_name_fold_trgm_idx',
  'DROP FUNCTION IF EXISTS gs_fold(text)',
]
