import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { newCertificateCode } from '../domain/contest/certificateCode'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "entries" ADD COLUMN "certificate_code" varchar;
  CREATE UNIQUE INDEX "entries_certificate_code_idx" ON "entries" USING btree ("certificate_code");`)
  // entries awarded before codes existed get theirs now, so every certificate can be verified
  const awarded = await db.execute(sql`SELECT id FROM "entries" WHERE "status" = 'awarded'`)
  for (const row of awarded.rows as { id: number }[])
    await db.execute(sql`UPDATE "entries" SET "certificate_code" = ${newCertificateCode()} WHERE "id" = ${row.id}`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "entries_certificate_code_idx";
  ALTER TABLE "entries" DROP COLUMN "certificate_code";`)
}
