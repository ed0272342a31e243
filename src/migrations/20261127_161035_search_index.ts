import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { PUBLIC_EXEMPLAR_STATUSES } from '../domain/exemplars/status'
import { SEARCH_INDEX_STATEMENTS } from '../lib/search/indexes.sql'
import { LEXICAL_TEXT_FUNCTION_SQL, OLD_SOURCE_INDEXES, reindexSql, SEARCH_TABLE_INDEXES_SQL, SEARCH_TABLE_SQL } from '../lib/search/searchIndex.sql'

/**
 * The search index table (titles, summaries, article bodies and transcripts, exemplar achievements; folded), filled
 * from the existing published articles and public exemplars. The search no longer reads the collections, so their
 * trigram indexes go (they only slowed every write).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of [LEXICAL_TEXT_FUNCTION_SQL, SEARCH_TABLE_SQL, ...SEARCH_TABLE_INDEXES_SQL]) await db.execute(sql.raw(statement))
  await db.execute(sql.raw(reindexSql('article', null, PUBLIC_EXEMPLAR_STATUSES)))
  await db.execute(sql.raw(reindexSql('exemplar', null, PUBLIC_EXEMPLAR_STATUSES)))
  await db.execute(sql.raw('ANALYZE search_index'))
  for (const name of OLD_SOURCE_INDEXES) await db.execute(sql.raw(`DROP INDEX IF EXISTS ${name}`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // the fold function and the source-table trigram indexes of the previous migration come back
  for (const statement of SEARCH_INDEX_STATEMENTS) await db.execute(sql.raw(statement))
  await db.execute(sql.raw('DROP TABLE IF EXISTS search_index'))
  await db.execute(sql.raw('DROP FUNCTION IF EXISTS gs_lexical_text(jsonb)'))
}
