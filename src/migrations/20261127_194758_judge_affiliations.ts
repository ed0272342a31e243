import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "users_affiliations_relatives" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"full_name" varchar,
  	"email" varchar,
  	"relation" varchar
  );
  
  ALTER TABLE "users_affiliations_relatives" ADD CONSTRAINT "users_affiliations_relatives_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_affiliations_relatives_order_idx" ON "users_affiliations_relatives" USING btree ("_order");
  CREATE INDEX "users_affiliations_relatives_parent_id_idx" ON "users_affiliations_relatives" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_affiliations_relatives" CASCADE;`)
}
