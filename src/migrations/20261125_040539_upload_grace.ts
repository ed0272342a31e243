import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests" ADD COLUMN "upload_grace_minutes" numeric DEFAULT 0;
  ALTER TABLE "media" ADD COLUMN "received_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contests" DROP COLUMN "upload_grace_minutes";
  ALTER TABLE "media" DROP COLUMN "received_at";`)
}
