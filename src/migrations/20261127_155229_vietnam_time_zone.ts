import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_articles_review_reviewedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__articles_v_version_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum__articles_v_version_review_reviewedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_rounds_closedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_opensat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_deadline_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_results_allocatedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_results_approvedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_contests_results_publishedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_entries_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_scores_submittedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_media_receivedat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_publications_builtat_tz" AS ENUM('Asia/Ho_Chi_Minh');
  CREATE TYPE "public"."enum_status_changes_at_tz" AS ENUM('Asia/Ho_Chi_Minh');
  ALTER TABLE "articles" ADD COLUMN "publishedat_tz" "enum_articles_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "articles" ADD COLUMN "review_reviewedat_tz" "enum_articles_review_reviewedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_publishedat_tz" "enum__articles_v_version_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_reviewedat_tz" "enum__articles_v_version_review_reviewedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests_rounds" ADD COLUMN "closedat_tz" "enum_contests_rounds_closedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests" ADD COLUMN "opensat_tz" "enum_contests_opensat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests" ADD COLUMN "deadline_tz" "enum_contests_deadline_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests" ADD COLUMN "results_allocatedat_tz" "enum_contests_results_allocatedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests" ADD COLUMN "results_approvedat_tz" "enum_contests_results_approvedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "contests" ADD COLUMN "results_publishedat_tz" "enum_contests_results_publishedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "entries" ADD COLUMN "submittedat_tz" "enum_entries_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "scores" ADD COLUMN "submittedat_tz" "enum_scores_submittedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "media" ADD COLUMN "receivedat_tz" "enum_media_receivedat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "publications" ADD COLUMN "builtat_tz" "enum_publications_builtat_tz" DEFAULT 'Asia/Ho_Chi_Minh';
  ALTER TABLE "status_changes" ADD COLUMN "at_tz" "enum_status_changes_at_tz" DEFAULT 'Asia/Ho_Chi_Minh';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "publishedat_tz";
  ALTER TABLE "articles" DROP COLUMN "review_reviewedat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_publishedat_tz";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_reviewedat_tz";
  ALTER TABLE "contests_rounds" DROP COLUMN "closedat_tz";
  ALTER TABLE "contests" DROP COLUMN "opensat_tz";
  ALTER TABLE "contests" DROP COLUMN "deadline_tz";
  ALTER TABLE "contests" DROP COLUMN "results_allocatedat_tz";
  ALTER TABLE "contests" DROP COLUMN "results_approvedat_tz";
  ALTER TABLE "contests" DROP COLUMN "results_publishedat_tz";
  ALTER TABLE "entries" DROP COLUMN "submittedat_tz";
  ALTER TABLE "scores" DROP COLUMN "submittedat_tz";
  ALTER TABLE "media" DROP COLUMN "receivedat_tz";
  ALTER TABLE "publications" DROP COLUMN "builtat_tz";
  ALTER TABLE "status_changes" DROP COLUMN "at_tz";
  DROP TYPE "public"."enum_articles_publishedat_tz";
  DROP TYPE "public"."enum_articles_review_reviewedat_tz";
  DROP TYPE "public"."enum__articles_v_version_publishedat_tz";
  DROP TYPE "public"."enum__articles_v_version_review_reviewedat_tz";
  DROP TYPE "public"."enum_contests_rounds_closedat_tz";
  DROP TYPE "public"."enum_contests_opensat_tz";
  DROP TYPE "public"."enum_contests_deadline_tz";
  DROP TYPE "public"."enum_contests_results_allocatedat_tz";
  DROP TYPE "public"."enum_contests_results_approvedat_tz";
  DROP TYPE "public"."enum_contests_results_publishedat_tz";
  DROP TYPE "public"."enum_entries_submittedat_tz";
  DROP TYPE "public"."enum_scores_submittedat_tz";
  DROP TYPE "public"."enum_media_receivedat_tz";
  DROP TYPE "public"."enum_publications_builtat_tz";
  DROP TYPE "public"."enum_status_changes_at_tz";`)
}
