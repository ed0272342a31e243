import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * People are listed by given name, then middle and family name (domain/people/nameOrder.ts): a key column per
 * table, compared with the ICU Vietnamese collation, filled here for existing rows the way the server fills it.
 */
const personKey = (column: string) => `(
  SELECT CASE WHEN coalesce(array_length(w, 1), 0) < 2 THEN array_to_string(w, ' ')
              ELSE array_to_string(ARRAY[w[array_length(w, 1)]] || w[2:array_length(w, 1) - 1] || ARRAY[w[1]], ' ') END
    FROM (SELECT regexp_split_to_array(trim(regexp_replace(normalize(coalesce(${column}, ''), NFC), '\\s+', ' ', 'g')), ' ') AS w) words
)`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(`
  ALTER TABLE "users" ADD COLUMN "name_sort" varchar COLLATE "vi-x-icu";
  ALTER TABLE "exemplars" ADD COLUMN "name_sort" varchar COLLATE "vi-x-icu";
  UPDATE "users" SET "name_sort" = ${personKey('"full_name"')};
  UPDATE "exemplars" SET "name_sort" = CASE WHEN "kind" = 'individual' THEN ${personKey('"name"')}
                                            ELSE trim(regexp_replace(normalize("name", NFC), '\\s+', ' ', 'g')) END;
  CREATE INDEX "users_name_sort_idx" ON "users" USING btree ("name_sort");
  CREATE INDEX "exemplars_name_sort_idx" ON "exemplars" USING btree ("name_sort");
  CREATE INDEX "exemplars_directory_name_order_idx" ON "exemplars" ("featured" DESC, "name_sort", "created_at" DESC);`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX "exemplars_directory_name_order_idx";
  DROP INDEX "users_name_sort_idx";
  DROP INDEX "exemplars_name_sort_idx";
  ALTER TABLE "users" DROP COLUMN "name_sort";
  ALTER TABLE "exemplars" DROP COLUMN "name_sort";`)
}
