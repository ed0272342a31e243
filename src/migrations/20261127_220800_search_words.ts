import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { REBUILD_SEARCH_WORDS_SQL, SEARCH_WORDS_INDEX_SQL, SEARCH_WORDS_TABLE_SQL } from '../lib/search/searchWords.sql'

/** The search vocabulary (folded words and how many documents hold each), filled from the search index. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of [SEARCH_WORDS_TABLE_SQL, SEARCH_WORDS_INDEX_SQL]) await db.execute(sql.raw(statement))
  for (const statement of REBUILD_SEARCH_WORDS_SQL.split(';\n')) await db.execute(sql.raw(statement))
  await db.execute(sql.raw('ANALYZE search_words'))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw('DROP TABLE IF EXISTS search_words'))
}
