import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for the public pages at national size (EXPLAIN ANALYZE notes in docs/BENCHMARKS.md, "Chỉ mục").
 * Payload reads localized fields with `LEFT JOIN LATERAL (… FROM x_locales WHERE _parent_id = x.id)`: its own unique
 * index starts with `_locale`, so every row read scanned the whole locales table (directory page 500: 15.7 s).
 */
const LOCALES_TABLES = [
  'plans_targets_locales', 'plans_locales', 'fields_locales', 'exemplars_locales', 'outlets_locales', '_outlets_v_locales',
  'columns_locales', '_columns_v_locales', 'articles_locales', '_articles_v_locales', 'contests_timeline_locales',
  'contests_prizes_locales', 'contests_rounds_rubric_locales', 'contests_locales', 'contest_categories_locales',
  'media_locales', 'campaign_dates_locales', 'site_settings_locales',
]

const INDEXES: [name: string, definition: string][] = [
  ...LOCALES_TABLES.map((t): [string, string] => [`${t}_parent_locale_idx`, `"${t}" ("_parent_id", "_locale")`]),
  // directory: public exemplars in the order shown (featured first, then by name), deep pages walk the index
  ['exemplars_directory_order_idx', '"exemplars" ("featured" DESC, "name", "created_at" DESC)'],
  // unit page and home page: a unit's (or the featured) exemplars, newest discovered first
  ['exemplars_unit_discovered_idx', '"exemplars" ("unit_id", "discovered_on" DESC)'],
  // year filter and year facet: recognisedYears rows by year, and by exemplar (the join back)
  ['exemplars_numbers_path_number_idx', '"exemplars_numbers" ("path", "number", "parent_id")'],
  ['exemplars_numbers_parent_path_idx', '"exemplars_numbers" ("parent_id", "path")'],
  // field filter: the exemplar side of the fields relation
  ['exemplars_rels_fields_parent_idx', '"exemplars_rels" ("fields_id", "path", "parent_id")'],
  // column pages (deep pages), column RSS, home page: published articles of a column, newest first
  ['articles_column_published_idx', '"articles" ("column_id", "_status", "published_at" DESC, "created_at" DESC)'],
  ['articles_status_published_idx', '"articles" ("_status", "published_at" DESC, "created_at" DESC)'],
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [name, definition] of INDEXES) await db.execute(sql.raw(`CREATE INDEX IF NOT EXISTS "${name}" ON ${definition}`))
  await db.execute(sql.raw('ANALYZE'))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const [name] of INDEXES) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${name}"`))
}
