import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_contest_mailings_status" AS ENUM('queued', 'sending', 'done');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendContestMailing' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendContestMailing' BEFORE 'schedulePublish';
  CREATE TABLE "contest_mailings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"category_id" integer,
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"status" "enum_contest_mailings_status" DEFAULT 'queued',
  	"recipients" numeric DEFAULT 0,
  	"delivered" numeric DEFAULT 0,
  	"delivered_to" jsonb,
  	"sent_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contest_mailings_id" integer;
  ALTER TABLE "contest_mailings" ADD CONSTRAINT "contest_mailings_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_mailings" ADD CONSTRAINT "contest_mailings_category_id_contest_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."contest_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_mailings" ADD CONSTRAINT "contest_mailings_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "contest_mailings_contest_idx" ON "contest_mailings" USING btree ("contest_id");
  CREATE INDEX "contest_mailings_category_idx" ON "contest_mailings" USING btree ("category_id");
  CREATE INDEX "contest_mailings_sent_by_idx" ON "contest_mailings" USING btree ("sent_by_id");
  CREATE INDEX "contest_mailings_updated_at_idx" ON "contest_mailings" USING btree ("updated_at");
  CREATE INDEX "contest_mailings_created_at_idx" ON "contest_mailings" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_mailings_fk" FOREIGN KEY ("contest_mailings_id") REFERENCES "public"."contest_mailings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_contest_mailings_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_mailings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contest_mailings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "contest_mailings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contest_mailings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildAnnualReport', 'sendResultMail', 'sendEntryReceipt', 'sendEntryScreening', 'sendNominationAcceptedMail', 'buildPublicationPdf', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildAnnualReport', 'sendResultMail', 'sendEntryReceipt', 'sendEntryScreening', 'sendNominationAcceptedMail', 'buildPublicationPdf', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_contest_mailings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contest_mailings_id";
  DROP TYPE "public"."enum_contest_mailings_status";`)
}
