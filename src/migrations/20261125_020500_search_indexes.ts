import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { DROP_SEARCH_INDEX_STATEMENTS, SEARCH_INDEX_STATEMENTS } from '../lib/search/indexes.sql'

/** Diacritic-insensitive search: the IMMUTABLE fold function and trigram indexes on folded names and titles. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const statement of SEARCH_INDEX_STATEMENTS) await db.execute(sql.raw(statement))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const statement of DROP_SEARCH_INDEX_STATEMENTS) await db.execute(sql.raw(statement))
}
