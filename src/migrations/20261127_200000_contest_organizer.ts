import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/** The contest's organizing unit is spelled like the role: `organizer` (its rows keep their unit). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests" RENAME COLUMN "organiser_id" TO "organizer_id";
   ALTER INDEX "contests_organiser_idx" RENAME TO "contests_organizer_idx";
   ALTER TABLE "contests" RENAME CONSTRAINT "contests_organiser_id_units_id_fk" TO "contests_organizer_id_units_id_fk";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests" RENAME CONSTRAINT "contests_organizer_id_units_id_fk" TO "contests_organiser_id_units_id_fk";
   ALTER INDEX "contests_organizer_idx" RENAME TO "contests_organiser_idx";
   ALTER TABLE "contests" RENAME COLUMN "organizer_id" TO "organiser_id";`)
}
