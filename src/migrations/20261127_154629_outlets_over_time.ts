import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outlets" ADD COLUMN "unit_id" integer;
  ALTER TABLE "outlets" ADD COLUMN "valid_from" timestamp(3) with time zone;
  ALTER TABLE "outlets" ADD COLUMN "valid_to" timestamp(3) with time zone;
  ALTER TABLE "_outlets_v" ADD COLUMN "version_unit_id" integer;
  ALTER TABLE "_outlets_v" ADD COLUMN "version_valid_from" timestamp(3) with time zone;
  ALTER TABLE "_outlets_v" ADD COLUMN "version_valid_to" timestamp(3) with time zone;
  ALTER TABLE "outlets" ADD CONSTRAINT "outlets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outlets_v" ADD CONSTRAINT "_outlets_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "outlets_unit_idx" ON "outlets" USING btree ("unit_id");
  CREATE INDEX "outlets_valid_from_idx" ON "outlets" USING btree ("valid_from");
  CREATE INDEX "outlets_valid_to_idx" ON "outlets" USING btree ("valid_to");
  CREATE INDEX "_outlets_v_version_version_unit_idx" ON "_outlets_v" USING btree ("version_unit_id");
  CREATE INDEX "_outlets_v_version_version_valid_from_idx" ON "_outlets_v" USING btree ("version_valid_from");
  CREATE INDEX "_outlets_v_version_version_valid_to_idx" ON "_outlets_v" USING btree ("version_valid_to");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outlets" DROP CONSTRAINT "outlets_unit_id_units_id_fk";
  
  ALTER TABLE "_outlets_v" DROP CONSTRAINT "_outlets_v_version_unit_id_units_id_fk";
  
  DROP INDEX "outlets_unit_idx";
  DROP INDEX "outlets_valid_from_idx";
  DROP INDEX "outlets_valid_to_idx";
  DROP INDEX "_outlets_v_version_version_unit_idx";
  DROP INDEX "_outlets_v_version_version_valid_from_idx";
  DROP INDEX "_outlets_v_version_version_valid_to_idx";
  ALTER TABLE "outlets" DROP COLUMN "unit_id";
  ALTER TABLE "outlets" DROP COLUMN "valid_from";
  ALTER TABLE "outlets" DROP COLUMN "valid_to";
  ALTER TABLE "_outlets_v" DROP COLUMN "version_unit_id";
  ALTER TABLE "_outlets_v" DROP COLUMN "version_valid_from";
  ALTER TABLE "_outlets_v" DROP COLUMN "version_valid_to";`)
}
