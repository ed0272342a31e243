import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ADD COLUMN "deactivated" boolean;
  CREATE INDEX "users_deactivated_idx" ON "users" USING btree ("deactivated");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "users_deactivated_idx";
  ALTER TABLE "users" DROP COLUMN "deactivated";`)
}
