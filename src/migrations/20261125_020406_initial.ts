import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'organizer', 'editor', 'unitOfficer', 'judge', 'journalist');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('province', 'department', 'massOrganisation', 'district', 'commune', 'subordinate', 'centralAgency', 'enterprise');
  CREATE TYPE "public"."enum_units_end_reason" AS ENUM('merged', 'split', 'renamed', 'dissolved');
  CREATE TYPE "public"."enum_plans_targets_applies_to" AS ENUM('kind', 'unit');
  CREATE TYPE "public"."enum_plans_targets_unit_kind" AS ENUM('province', 'department', 'massOrganisation', 'district', 'commune', 'subordinate', 'centralAgency', 'enterprise');
  CREATE TYPE "public"."enum_plans_targets_rule" AS ENUM('recognised', 'propagated');
  CREATE TYPE "public"."enum_exemplars_kind" AS ENUM('individual', 'collective', 'household');
  CREATE TYPE "public"."enum_exemplars_status" AS ENUM('newFactor', 'nurturing', 'recognised', 'proposedToProvince', 'provincial', 'proposedToCentral', 'national', 'archived');
  CREATE TYPE "public"."enum_exemplars_archived_from" AS ENUM('newFactor', 'nurturing', 'recognised', 'proposedToProvince', 'provincial', 'proposedToCentral', 'national', 'archived');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('exchange', 'honouring', 'talk', 'training');
  CREATE TYPE "public"."enum_events_format" AS ENUM('inPerson', 'online', 'combined');
  CREATE TYPE "public"."enum_outlets_kind" AS ENUM('newspaper', 'broadcaster', 'portal');
  CREATE TYPE "public"."enum_outlets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__outlets_v_version_kind" AS ENUM('newspaper', 'broadcaster', 'portal');
  CREATE TYPE "public"."enum__outlets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__outlets_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_columns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__columns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__columns_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_articles_format" AS ENUM('text', 'audio', 'video');
  CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_format" AS ENUM('text', 'audio', 'video');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_contests_rounds_round" AS ENUM('preliminary', 'final');
  CREATE TYPE "public"."enum_contests_status" AS ENUM('draft', 'open', 'closed', 'judging', 'resultsPublished');
  CREATE TYPE "public"."enum_contests_results_round" AS ENUM('preliminary', 'final');
  CREATE TYPE "public"."enum_contest_categories_medium" AS ENUM('print', 'online', 'radio', 'tv', 'photo');
  CREATE TYPE "public"."enum_entries_status" AS ENUM('draft', 'submitted', 'withdrawn', 'eligible', 'ineligible', 'shortlisted', 'awarded');
  CREATE TYPE "public"."enum_entries_prize" AS ENUM('A', 'B', 'C', 'encouragement');
  CREATE TYPE "public"."enum_judge_assignments_round" AS ENUM('preliminary', 'final');
  CREATE TYPE "public"."enum_judge_assignments_status" AS ENUM('assigned', 'submitted', 'conflict');
  CREATE TYPE "public"."enum_scores_round" AS ENUM('preliminary', 'final');
  CREATE TYPE "public"."enum_media_visibility" AS ENUM('public', 'private');
  CREATE TYPE "public"."enum_campaign_dates_planned_articles_status" AS ENUM('planned', 'published');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('queued', 'building', 'ready', 'failed');
  CREATE TYPE "public"."enum_nominations_status" AS ENUM('new', 'accepted', 'rejected', 'duplicate');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_status_changes_from" AS ENUM('newFactor', 'nurturing', 'recognised', 'proposedToProvince', 'provincial', 'proposedToCentral', 'national', 'archived');
  CREATE TYPE "public"."enum_status_changes_to" AS ENUM('newFactor', 'nurturing', 'recognised', 'proposedToProvince', 'provincial', 'proposedToCentral', 'national', 'archived');
  CREATE TYPE "public"."enum_nurturing_kind" AS ENUM('material', 'spiritual', 'technical', 'prize');
  CREATE TYPE "public"."enum_nurturing_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_commendations_form" AS ENUM('certificateOfMerit', 'diplomaOfMerit', 'grassrootsEmulationSoldier', 'provincialEmulationSoldier', 'emulationFlag', 'order', 'otherTitle');
  CREATE TYPE "public"."enum_commendations_level" AS ENUM('unit', 'district', 'province', 'national');
  CREATE TYPE "public"."enum_commendations_status" AS ENUM('proposed', 'appraising', 'approved', 'returned');
  CREATE TYPE "public"."enum_inspections_follow_up_status" AS ENUM('open', 'inProgress', 'done');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildAnnualReport', 'sendResultMail', 'sendEntryReceipt', 'sendEntryScreening', 'sendNominationAcceptedMail', 'buildPublicationPdf', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildAnnualReport', 'sendResultMail', 'sendEntryReceipt', 'sendEntryScreening', 'sendNominationAcceptedMail', 'buildPublicationPdf', 'schedulePublish');
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'journalist' NOT NULL,
  	"unit_id" integer,
  	"pen_name" varchar,
  	"employer" varchar,
  	"workplace_outlet_id" integer,
  	"phone" varchar,
  	"address" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"_verified" boolean,
  	"_verificationtoken" varchar,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"outlets_id" integer
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"title" varchar,
  	"code" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"parent_id" integer,
  	"valid_from" timestamp(3) with time zone NOT NULL,
  	"valid_to" timestamp(3) with time zone,
  	"end_reason" "enum_units_end_reason",
  	"end_decision" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"units_id" integer
  );
  
  CREATE TABLE "plans_targets" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"applies_to" "enum_plans_targets_applies_to" DEFAULT 'kind' NOT NULL,
  	"unit_kind" "enum_plans_targets_unit_kind",
  	"unit_id" integer,
  	"min_per_year" numeric NOT NULL,
  	"rule" "enum_plans_targets_rule" DEFAULT 'recognised' NOT NULL
  );
  
  CREATE TABLE "plans_targets_locales" (
  	"wording" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"decision_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"issuer" varchar,
  	"period_from" numeric NOT NULL,
  	"period_to" numeric NOT NULL,
  	"province_id" integer NOT NULL,
  	"document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "plans_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_id" integer
  );
  
  CREATE TABLE "fields" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fields_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "criteria_sets_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL
  );
  
  CREATE TABLE "criteria_sets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"field_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"decision_number" varchar,
  	"issued_on" timestamp(3) with time zone,
  	"document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exemplars_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "exemplars" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"kind" "enum_exemplars_kind" NOT NULL,
  	"status" "enum_exemplars_status" DEFAULT 'newFactor' NOT NULL,
  	"transition_reason" varchar,
  	"transition_evidence_id" integer,
  	"archived_from" "enum_exemplars_archived_from",
  	"unit_id" integer NOT NULL,
  	"discovered_on" timestamp(3) with time zone NOT NULL,
  	"featured" boolean,
  	"photo_id" integer,
  	"locality" varchar,
  	"ethnic_group" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "exemplars_locales" (
  	"summary" varchar,
  	"achievements" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "exemplars_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "exemplars_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"fields_id" integer
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_events_kind" NOT NULL,
  	"format" "enum_events_format" DEFAULT 'inPerson' NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"unit_id" integer NOT NULL,
  	"participants" numeric,
  	"summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "outlets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"slug" varchar,
  	"kind" "enum_outlets_kind",
  	"website" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_outlets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "outlets_locales" (
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_outlets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_slug" varchar,
  	"version_kind" "enum__outlets_v_version_kind",
  	"version_website" varchar,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__outlets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__outlets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_outlets_v_locales" (
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "columns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"outlet_id" integer,
  	"cover_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_columns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "columns_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "columns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "_columns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_outlet_id" integer,
  	"version_cover_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__columns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__columns_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_columns_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_columns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer
  );
  
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"column_id" integer,
  	"outlet_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"format" "enum_articles_format" DEFAULT 'text',
  	"featured" boolean,
  	"review_sources_checked" boolean,
  	"review_no_exaggeration" boolean,
  	"review_review_note" varchar,
  	"review_reviewed_by_id" integer,
  	"review_reviewed_at" timestamp(3) with time zone,
  	"byline" varchar,
  	"unit_id" integer,
  	"cover_image_id" integer,
  	"audio_id" integer,
  	"video_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"excerpt" varchar,
  	"content" jsonb,
  	"transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_column_id" integer,
  	"version_outlet_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_format" "enum__articles_v_version_format" DEFAULT 'text',
  	"version_featured" boolean,
  	"version_review_sources_checked" boolean,
  	"version_review_no_exaggeration" boolean,
  	"version_review_review_note" varchar,
  	"version_review_reviewed_by_id" integer,
  	"version_review_reviewed_at" timestamp(3) with time zone,
  	"version_byline" varchar,
  	"version_unit_id" integer,
  	"version_cover_image_id" integer,
  	"version_audio_id" integer,
  	"version_video_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__articles_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_content" jsonb,
  	"version_transcript" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "contests_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "contests_timeline_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contests_prizes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric
  );
  
  CREATE TABLE "contests_prizes_locales" (
  	"label" varchar NOT NULL,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contests_rounds_rubric" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"weight" numeric NOT NULL,
  	"max_score" numeric DEFAULT 10 NOT NULL
  );
  
  CREATE TABLE "contests_rounds_rubric_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "contests_rounds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"round" "enum_contests_rounds_round" NOT NULL,
  	"closed" boolean,
  	"closed_at" timestamp(3) with time zone,
  	"shortlist_size" numeric
  );
  
  CREATE TABLE "contests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"year" numeric NOT NULL,
  	"status" "enum_contests_status" DEFAULT 'draft' NOT NULL,
  	"organiser_id" integer,
  	"opens_at" timestamp(3) with time zone NOT NULL,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"works_from" timestamp(3) with time zone,
  	"works_to" timestamp(3) with time zone,
  	"max_entries_per_author" numeric DEFAULT 3,
  	"judges_per_entry" numeric DEFAULT 3,
  	"results_round" "enum_contests_results_round",
  	"results_allocation" jsonb,
  	"results_allocated_at" timestamp(3) with time zone,
  	"results_approved" boolean,
  	"results_approved_by_id" integer,
  	"results_approved_at" timestamp(3) with time zone,
  	"results_published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contests_locales" (
  	"title" varchar NOT NULL,
  	"summary" varchar,
  	"rules" jsonb,
  	"contact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "contest_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contest_id" integer NOT NULL,
  	"medium" "enum_contest_categories_medium" NOT NULL,
  	"order" numeric DEFAULT 0,
  	"max_co_authors" numeric DEFAULT 2,
  	"prize_counts_a" numeric DEFAULT 1,
  	"prize_counts_b" numeric DEFAULT 1,
  	"prize_counts_c" numeric DEFAULT 2,
  	"prize_counts_encouragement" numeric DEFAULT 3,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contest_categories_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "entries_co_authors" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"pen_name" varchar,
  	"email" varchar
  );
  
  CREATE TABLE "entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"status" "enum_entries_status" DEFAULT 'draft' NOT NULL,
  	"contest_id" integer NOT NULL,
  	"category_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb,
  	"published_on" timestamp(3) with time zone,
  	"exemplar_names" varchar,
  	"originality_declared" boolean,
  	"author_id" integer NOT NULL,
  	"outlet_id" integer,
  	"outlet_name" varchar,
  	"public_link" varchar,
  	"submission_key" varchar,
  	"submitted_at" timestamp(3) with time zone,
  	"screening_reason" varchar,
  	"prize" "enum_entries_prize",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"exemplars_id" integer
  );
  
  CREATE TABLE "judge_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"entry_id" integer NOT NULL,
  	"judge_id" integer NOT NULL,
  	"round" "enum_judge_assignments_round" NOT NULL,
  	"status" "enum_judge_assignments_status" DEFAULT 'assigned' NOT NULL,
  	"conflict_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "scores_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"score" numeric NOT NULL,
  	"comment" varchar
  );
  
  CREATE TABLE "scores" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"assignment_id" integer NOT NULL,
  	"entry_id" integer NOT NULL,
  	"judge_id" integer NOT NULL,
  	"round" "enum_scores_round" NOT NULL,
  	"comment" varchar,
  	"total" numeric,
  	"locked" boolean,
  	"submitted_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"visibility" "enum_media_visibility" DEFAULT 'public',
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "audit_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" varchar NOT NULL,
  	"target_collection" varchar NOT NULL,
  	"target_id" varchar NOT NULL,
  	"actor_id" integer,
  	"reason" varchar,
  	"before" jsonb,
  	"after" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaign_dates_planned_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"outlet_id" integer,
  	"status" "enum_campaign_dates_planned_articles_status" DEFAULT 'planned',
  	"topic" varchar,
  	"article_id" integer,
  	"assigned_editor_id" integer
  );
  
  CREATE TABLE "campaign_dates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"day" numeric NOT NULL,
  	"month" numeric NOT NULL,
  	"lunar" boolean DEFAULT false,
  	"recurring" boolean DEFAULT true,
  	"year" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaign_dates_locales" (
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"title" varchar,
  	"status" "enum_publications_status" DEFAULT 'queued',
  	"progress" numeric DEFAULT 0,
  	"file_id" integer,
  	"hash" varchar,
  	"target_hash" varchar,
  	"built_at" timestamp(3) with time zone,
  	"message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nominations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"nominee_name" varchar NOT NULL,
  	"achievement" varchar NOT NULL,
  	"place" varchar NOT NULL,
  	"unit_id" integer,
  	"photo_id" integer,
  	"nominator_name" varchar NOT NULL,
  	"nominator_email" varchar NOT NULL,
  	"nominator_phone" varchar,
  	"status" "enum_nominations_status" DEFAULT 'new' NOT NULL,
  	"moderation_note" varchar,
  	"exemplar_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric NOT NULL,
  	"unit_id" integer,
  	"status" "enum_annual_reports_status" DEFAULT 'queued',
  	"progress" numeric DEFAULT 0,
  	"message" varchar,
  	"xlsx_id" integer,
  	"pdf_id" integer,
  	"requested_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "status_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exemplar_id" integer NOT NULL,
  	"from" "enum_status_changes_from",
  	"to" "enum_status_changes_to" NOT NULL,
  	"reason" varchar,
  	"evidence_id" integer,
  	"actor_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "nurturing" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exemplar_id" integer NOT NULL,
  	"unit_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"kind" "enum_nurturing_kind" NOT NULL,
  	"status" "enum_nurturing_status" DEFAULT 'open' NOT NULL,
  	"description" varchar NOT NULL,
  	"follow_up_on" timestamp(3) with time zone,
  	"follow_up_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "commendations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"exemplar_id" integer,
  	"recipient_name" varchar,
  	"unit_id" integer NOT NULL,
  	"form" "enum_commendations_form" NOT NULL,
  	"level" "enum_commendations_level" NOT NULL,
  	"proposed_by_id" integer,
  	"status" "enum_commendations_status" DEFAULT 'proposed' NOT NULL,
  	"decision_number" varchar,
  	"decision_date" timestamp(3) with time zone,
  	"return_note" varchar,
  	"achievement_summary" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspections_members" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"position" varchar
  );
  
  CREATE TABLE "inspections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"team" varchar NOT NULL,
  	"unit_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"findings" varchar,
  	"recommendations" varchar,
  	"follow_up_status" "enum_inspections_follow_up_status" DEFAULT 'open' NOT NULL,
  	"follow_up_notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "budget_lines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"unit_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"amount" numeric NOT NULL,
  	"item" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"units_id" integer,
  	"plans_id" integer,
  	"fields_id" integer,
  	"criteria_sets_id" integer,
  	"exemplars_id" integer,
  	"events_id" integer,
  	"outlets_id" integer,
  	"columns_id" integer,
  	"articles_id" integer,
  	"contests_id" integer,
  	"contest_categories_id" integer,
  	"entries_id" integer,
  	"judge_assignments_id" integer,
  	"scores_id" integer,
  	"media_id" integer,
  	"audit_logs_id" integer,
  	"campaign_dates_id" integer,
  	"publications_id" integer,
  	"nominations_id" integer,
  	"annual_reports_id" integer,
  	"status_changes_id" integer,
  	"nurturing_id" integer,
  	"commendations_id" integer,
  	"inspections_id" integer,
  	"budget_lines_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"emblem_id" integer,
  	"contact_email" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "site_settings_locales" (
  	"site_name" varchar DEFAULT 'Gương Sáng' NOT NULL,
  	"tagline" varchar,
  	"province_name" varchar,
  	"publisher" varchar,
  	"footer" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_workplace_outlet_id_outlets_id_fk" FOREIGN KEY ("workplace_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_outlets_fk" FOREIGN KEY ("outlets_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_targets" ADD CONSTRAINT "plans_targets_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_targets_locales" ADD CONSTRAINT "plans_targets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_province_id_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_document_id_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans_locales" ADD CONSTRAINT "plans_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plans_rels" ADD CONSTRAINT "plans_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fields_locales" ADD CONSTRAINT "fields_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "criteria_sets_criteria" ADD CONSTRAINT "criteria_sets_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."criteria_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "criteria_sets" ADD CONSTRAINT "criteria_sets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "criteria_sets" ADD CONSTRAINT "criteria_sets_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "criteria_sets" ADD CONSTRAINT "criteria_sets_document_id_media_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_sources" ADD CONSTRAINT "exemplars_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_transition_evidence_id_media_id_fk" FOREIGN KEY ("transition_evidence_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exemplars_locales" ADD CONSTRAINT "exemplars_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_numbers" ADD CONSTRAINT "exemplars_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_rels" ADD CONSTRAINT "exemplars_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exemplars_rels" ADD CONSTRAINT "exemplars_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outlets" ADD CONSTRAINT "outlets_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outlets_locales" ADD CONSTRAINT "outlets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outlets_v" ADD CONSTRAINT "_outlets_v_parent_id_outlets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outlets_v" ADD CONSTRAINT "_outlets_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outlets_v_locales" ADD CONSTRAINT "_outlets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_outlets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns" ADD CONSTRAINT "columns_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "columns_locales" ADD CONSTRAINT "columns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "columns_rels" ADD CONSTRAINT "columns_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_parent_id_columns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v" ADD CONSTRAINT "_columns_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_columns_v_locales" ADD CONSTRAINT "_columns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_columns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_columns_v_rels" ADD CONSTRAINT "_columns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_columns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_columns_v_rels" ADD CONSTRAINT "_columns_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_column_id_columns_id_fk" FOREIGN KEY ("column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_audio_id_media_id_fk" FOREIGN KEY ("audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_video_id_media_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_column_id_columns_id_fk" FOREIGN KEY ("version_column_id") REFERENCES "public"."columns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_outlet_id_outlets_id_fk" FOREIGN KEY ("version_outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_reviewed_by_id_users_id_fk" FOREIGN KEY ("version_review_reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_audio_id_media_id_fk" FOREIGN KEY ("version_audio_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_video_id_media_id_fk" FOREIGN KEY ("version_video_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_timeline" ADD CONSTRAINT "contests_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_timeline_locales" ADD CONSTRAINT "contests_timeline_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_prizes" ADD CONSTRAINT "contests_prizes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_prizes_locales" ADD CONSTRAINT "contests_prizes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests_prizes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rounds_rubric" ADD CONSTRAINT "contests_rounds_rubric_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests_rounds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rounds_rubric_locales" ADD CONSTRAINT "contests_rounds_rubric_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests_rounds_rubric"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests_rounds" ADD CONSTRAINT "contests_rounds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_organiser_id_units_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests" ADD CONSTRAINT "contests_results_approved_by_id_users_id_fk" FOREIGN KEY ("results_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contests_locales" ADD CONSTRAINT "contests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contest_categories" ADD CONSTRAINT "contest_categories_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contest_categories_locales" ADD CONSTRAINT "contest_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contest_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entries_co_authors" ADD CONSTRAINT "entries_co_authors_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entries" ADD CONSTRAINT "entries_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entries" ADD CONSTRAINT "entries_category_id_contest_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."contest_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entries" ADD CONSTRAINT "entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entries" ADD CONSTRAINT "entries_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "entries_rels" ADD CONSTRAINT "entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entries_rels" ADD CONSTRAINT "entries_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "entries_rels" ADD CONSTRAINT "entries_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "judge_assignments" ADD CONSTRAINT "judge_assignments_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "judge_assignments" ADD CONSTRAINT "judge_assignments_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores_criteria" ADD CONSTRAINT "scores_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_assignment_id_judge_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."judge_assignments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_entry_id_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "scores" ADD CONSTRAINT "scores_judge_id_users_id_fk" FOREIGN KEY ("judge_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_dates_planned_articles" ADD CONSTRAINT "campaign_dates_planned_articles_outlet_id_outlets_id_fk" FOREIGN KEY ("outlet_id") REFERENCES "public"."outlets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_dates_planned_articles" ADD CONSTRAINT "campaign_dates_planned_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_dates_planned_articles" ADD CONSTRAINT "campaign_dates_planned_articles_assigned_editor_id_users_id_fk" FOREIGN KEY ("assigned_editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaign_dates_planned_articles" ADD CONSTRAINT "campaign_dates_planned_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaign_dates_locales" ADD CONSTRAINT "campaign_dates_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaign_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nominations" ADD CONSTRAINT "nominations_exemplar_id_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_xlsx_id_media_id_fk" FOREIGN KEY ("xlsx_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_exemplar_id_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_evidence_id_media_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nurturing" ADD CONSTRAINT "nurturing_exemplar_id_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "nurturing" ADD CONSTRAINT "nurturing_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commendations" ADD CONSTRAINT "commendations_exemplar_id_exemplars_id_fk" FOREIGN KEY ("exemplar_id") REFERENCES "public"."exemplars"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commendations" ADD CONSTRAINT "commendations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "commendations" ADD CONSTRAINT "commendations_proposed_by_id_units_id_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspections_members" ADD CONSTRAINT "inspections_members_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plans_fk" FOREIGN KEY ("plans_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fields_fk" FOREIGN KEY ("fields_id") REFERENCES "public"."fields"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_criteria_sets_fk" FOREIGN KEY ("criteria_sets_id") REFERENCES "public"."criteria_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exemplars_fk" FOREIGN KEY ("exemplars_id") REFERENCES "public"."exemplars"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outlets_fk" FOREIGN KEY ("outlets_id") REFERENCES "public"."outlets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_columns_fk" FOREIGN KEY ("columns_id") REFERENCES "public"."columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contests_fk" FOREIGN KEY ("contests_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contest_categories_fk" FOREIGN KEY ("contest_categories_id") REFERENCES "public"."contest_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_entries_fk" FOREIGN KEY ("entries_id") REFERENCES "public"."entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_judge_assignments_fk" FOREIGN KEY ("judge_assignments_id") REFERENCES "public"."judge_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scores_fk" FOREIGN KEY ("scores_id") REFERENCES "public"."scores"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_logs_fk" FOREIGN KEY ("audit_logs_id") REFERENCES "public"."audit_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaign_dates_fk" FOREIGN KEY ("campaign_dates_id") REFERENCES "public"."campaign_dates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nominations_fk" FOREIGN KEY ("nominations_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_status_changes_fk" FOREIGN KEY ("status_changes_id") REFERENCES "public"."status_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_nurturing_fk" FOREIGN KEY ("nurturing_id") REFERENCES "public"."nurturing"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_commendations_fk" FOREIGN KEY ("commendations_id") REFERENCES "public"."commendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspections_fk" FOREIGN KEY ("inspections_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_budget_lines_fk" FOREIGN KEY ("budget_lines_id") REFERENCES "public"."budget_lines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_emblem_id_media_id_fk" FOREIGN KEY ("emblem_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_role_idx" ON "users" USING btree ("role");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_workplace_outlet_idx" ON "users" USING btree ("workplace_outlet_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_outlets_id_idx" ON "users_rels" USING btree ("outlets_id");
  CREATE INDEX "units_name_idx" ON "units" USING btree ("name");
  CREATE UNIQUE INDEX "units_code_idx" ON "units" USING btree ("code");
  CREATE INDEX "units_kind_idx" ON "units" USING btree ("kind");
  CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");
  CREATE INDEX "units_valid_from_idx" ON "units" USING btree ("valid_from");
  CREATE INDEX "units_valid_to_idx" ON "units" USING btree ("valid_to");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE INDEX "units_rels_order_idx" ON "units_rels" USING btree ("order");
  CREATE INDEX "units_rels_parent_idx" ON "units_rels" USING btree ("parent_id");
  CREATE INDEX "units_rels_path_idx" ON "units_rels" USING btree ("path");
  CREATE INDEX "units_rels_units_id_idx" ON "units_rels" USING btree ("units_id");
  CREATE INDEX "plans_targets_order_idx" ON "plans_targets" USING btree ("_order");
  CREATE INDEX "plans_targets_parent_id_idx" ON "plans_targets" USING btree ("_parent_id");
  CREATE INDEX "plans_targets_unit_idx" ON "plans_targets" USING btree ("unit_id");
  CREATE UNIQUE INDEX "plans_targets_locales_locale_parent_id_unique" ON "plans_targets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "plans_period_from_idx" ON "plans" USING btree ("period_from");
  CREATE INDEX "plans_period_to_idx" ON "plans" USING btree ("period_to");
  CREATE INDEX "plans_province_idx" ON "plans" USING btree ("province_id");
  CREATE INDEX "plans_document_idx" ON "plans" USING btree ("document_id");
  CREATE INDEX "plans_updated_at_idx" ON "plans" USING btree ("updated_at");
  CREATE INDEX "plans_created_at_idx" ON "plans" USING btree ("created_at");
  CREATE UNIQUE INDEX "plans_locales_locale_parent_id_unique" ON "plans_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "plans_rels_order_idx" ON "plans_rels" USING btree ("order");
  CREATE INDEX "plans_rels_parent_idx" ON "plans_rels" USING btree ("parent_id");
  CREATE INDEX "plans_rels_path_idx" ON "plans_rels" USING btree ("path");
  CREATE INDEX "plans_rels_fields_id_idx" ON "plans_rels" USING btree ("fields_id");
  CREATE UNIQUE INDEX "fields_code_idx" ON "fields" USING btree ("code");
  CREATE INDEX "fields_order_idx" ON "fields" USING btree ("order");
  CREATE INDEX "fields_updated_at_idx" ON "fields" USING btree ("updated_at");
  CREATE INDEX "fields_created_at_idx" ON "fields" USING btree ("created_at");
  CREATE UNIQUE INDEX "fields_locales_locale_parent_id_unique" ON "fields_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "criteria_sets_criteria_order_idx" ON "criteria_sets_criteria" USING btree ("_order");
  CREATE INDEX "criteria_sets_criteria_parent_id_idx" ON "criteria_sets_criteria" USING btree ("_parent_id");
  CREATE INDEX "criteria_sets_unit_idx" ON "criteria_sets" USING btree ("unit_id");
  CREATE INDEX "criteria_sets_field_idx" ON "criteria_sets" USING btree ("field_id");
  CREATE INDEX "criteria_sets_year_idx" ON "criteria_sets" USING btree ("year");
  CREATE INDEX "criteria_sets_document_idx" ON "criteria_sets" USING btree ("document_id");
  CREATE INDEX "criteria_sets_updated_at_idx" ON "criteria_sets" USING btree ("updated_at");
  CREATE INDEX "criteria_sets_created_at_idx" ON "criteria_sets" USING btree ("created_at");
  CREATE INDEX "exemplars_sources_order_idx" ON "exemplars_sources" USING btree ("_order");
  CREATE INDEX "exemplars_sources_parent_id_idx" ON "exemplars_sources" USING btree ("_parent_id");
  CREATE INDEX "exemplars_name_idx" ON "exemplars" USING btree ("name");
  CREATE UNIQUE INDEX "exemplars_slug_idx" ON "exemplars" USING btree ("slug");
  CREATE INDEX "exemplars_kind_idx" ON "exemplars" USING btree ("kind");
  CREATE INDEX "exemplars_status_idx" ON "exemplars" USING btree ("status");
  CREATE INDEX "exemplars_transition_evidence_idx" ON "exemplars" USING btree ("transition_evidence_id");
  CREATE INDEX "exemplars_unit_idx" ON "exemplars" USING btree ("unit_id");
  CREATE INDEX "exemplars_discovered_on_idx" ON "exemplars" USING btree ("discovered_on");
  CREATE INDEX "exemplars_featured_idx" ON "exemplars" USING btree ("featured");
  CREATE INDEX "exemplars_photo_idx" ON "exemplars" USING btree ("photo_id");
  CREATE INDEX "exemplars_updated_at_idx" ON "exemplars" USING btree ("updated_at");
  CREATE INDEX "exemplars_created_at_idx" ON "exemplars" USING btree ("created_at");
  CREATE UNIQUE INDEX "exemplars_locales_locale_parent_id_unique" ON "exemplars_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "exemplars_numbers_order_parent_idx" ON "exemplars_numbers" USING btree ("order","parent_id");
  CREATE INDEX "exemplars_rels_order_idx" ON "exemplars_rels" USING btree ("order");
  CREATE INDEX "exemplars_rels_parent_idx" ON "exemplars_rels" USING btree ("parent_id");
  CREATE INDEX "exemplars_rels_path_idx" ON "exemplars_rels" USING btree ("path");
  CREATE INDEX "exemplars_rels_fields_id_idx" ON "exemplars_rels" USING btree ("fields_id");
  CREATE INDEX "events_kind_idx" ON "events" USING btree ("kind");
  CREATE INDEX "events_date_idx" ON "events" USING btree ("date");
  CREATE INDEX "events_unit_idx" ON "events" USING btree ("unit_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_exemplars_id_idx" ON "events_rels" USING btree ("exemplars_id");
  CREATE UNIQUE INDEX "outlets_slug_idx" ON "outlets" USING btree ("slug");
  CREATE INDEX "outlets_logo_idx" ON "outlets" USING btree ("logo_id");
  CREATE INDEX "outlets_updated_at_idx" ON "outlets" USING btree ("updated_at");
  CREATE INDEX "outlets_created_at_idx" ON "outlets" USING btree ("created_at");
  CREATE INDEX "outlets__status_idx" ON "outlets" USING btree ("_status");
  CREATE UNIQUE INDEX "outlets_locales_locale_parent_id_unique" ON "outlets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_outlets_v_parent_idx" ON "_outlets_v" USING btree ("parent_id");
  CREATE INDEX "_outlets_v_version_version_slug_idx" ON "_outlets_v" USING btree ("version_slug");
  CREATE INDEX "_outlets_v_version_version_logo_idx" ON "_outlets_v" USING btree ("version_logo_id");
  CREATE INDEX "_outlets_v_version_version_updated_at_idx" ON "_outlets_v" USING btree ("version_updated_at");
  CREATE INDEX "_outlets_v_version_version_created_at_idx" ON "_outlets_v" USING btree ("version_created_at");
  CREATE INDEX "_outlets_v_version_version__status_idx" ON "_outlets_v" USING btree ("version__status");
  CREATE INDEX "_outlets_v_created_at_idx" ON "_outlets_v" USING btree ("created_at");
  CREATE INDEX "_outlets_v_updated_at_idx" ON "_outlets_v" USING btree ("updated_at");
  CREATE INDEX "_outlets_v_snapshot_idx" ON "_outlets_v" USING btree ("snapshot");
  CREATE INDEX "_outlets_v_published_locale_idx" ON "_outlets_v" USING btree ("published_locale");
  CREATE INDEX "_outlets_v_latest_idx" ON "_outlets_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_outlets_v_locales_locale_parent_id_unique" ON "_outlets_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "columns_slug_idx" ON "columns" USING btree ("slug");
  CREATE INDEX "columns_outlet_idx" ON "columns" USING btree ("outlet_id");
  CREATE INDEX "columns_cover_idx" ON "columns" USING btree ("cover_id");
  CREATE INDEX "columns_updated_at_idx" ON "columns" USING btree ("updated_at");
  CREATE INDEX "columns_created_at_idx" ON "columns" USING btree ("created_at");
  CREATE INDEX "columns__status_idx" ON "columns" USING btree ("_status");
  CREATE UNIQUE INDEX "columns_locales_locale_parent_id_unique" ON "columns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "columns_rels_order_idx" ON "columns_rels" USING btree ("order");
  CREATE INDEX "columns_rels_parent_idx" ON "columns_rels" USING btree ("parent_id");
  CREATE INDEX "columns_rels_path_idx" ON "columns_rels" USING btree ("path");
  CREATE INDEX "columns_rels_articles_id_idx" ON "columns_rels" USING btree ("articles_id");
  CREATE INDEX "_columns_v_parent_idx" ON "_columns_v" USING btree ("parent_id");
  CREATE INDEX "_columns_v_version_version_slug_idx" ON "_columns_v" USING btree ("version_slug");
  CREATE INDEX "_columns_v_version_version_outlet_idx" ON "_columns_v" USING btree ("version_outlet_id");
  CREATE INDEX "_columns_v_version_version_cover_idx" ON "_columns_v" USING btree ("version_cover_id");
  CREATE INDEX "_columns_v_version_version_updated_at_idx" ON "_columns_v" USING btree ("version_updated_at");
  CREATE INDEX "_columns_v_version_version_created_at_idx" ON "_columns_v" USING btree ("version_created_at");
  CREATE INDEX "_columns_v_version_version__status_idx" ON "_columns_v" USING btree ("version__status");
  CREATE INDEX "_columns_v_created_at_idx" ON "_columns_v" USING btree ("created_at");
  CREATE INDEX "_columns_v_updated_at_idx" ON "_columns_v" USING btree ("updated_at");
  CREATE INDEX "_columns_v_snapshot_idx" ON "_columns_v" USING btree ("snapshot");
  CREATE INDEX "_columns_v_published_locale_idx" ON "_columns_v" USING btree ("published_locale");
  CREATE INDEX "_columns_v_latest_idx" ON "_columns_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_columns_v_locales_locale_parent_id_unique" ON "_columns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_columns_v_rels_order_idx" ON "_columns_v_rels" USING btree ("order");
  CREATE INDEX "_columns_v_rels_parent_idx" ON "_columns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_columns_v_rels_path_idx" ON "_columns_v_rels" USING btree ("path");
  CREATE INDEX "_columns_v_rels_articles_id_idx" ON "_columns_v_rels" USING btree ("articles_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_column_idx" ON "articles" USING btree ("column_id");
  CREATE INDEX "articles_outlet_idx" ON "articles" USING btree ("outlet_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_featured_idx" ON "articles" USING btree ("featured");
  CREATE INDEX "articles_review_review_reviewed_by_idx" ON "articles" USING btree ("review_reviewed_by_id");
  CREATE INDEX "articles_unit_idx" ON "articles" USING btree ("unit_id");
  CREATE INDEX "articles_cover_image_idx" ON "articles" USING btree ("cover_image_id");
  CREATE INDEX "articles_audio_idx" ON "articles" USING btree ("audio_id");
  CREATE INDEX "articles_video_idx" ON "articles" USING btree ("video_id");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_exemplars_id_idx" ON "articles_rels" USING btree ("exemplars_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_column_idx" ON "_articles_v" USING btree ("version_column_id");
  CREATE INDEX "_articles_v_version_version_outlet_idx" ON "_articles_v" USING btree ("version_outlet_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_featured_idx" ON "_articles_v" USING btree ("version_featured");
  CREATE INDEX "_articles_v_version_review_version_review_reviewed_by_idx" ON "_articles_v" USING btree ("version_review_reviewed_by_id");
  CREATE INDEX "_articles_v_version_version_unit_idx" ON "_articles_v" USING btree ("version_unit_id");
  CREATE INDEX "_articles_v_version_version_cover_image_idx" ON "_articles_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_articles_v_version_version_audio_idx" ON "_articles_v" USING btree ("version_audio_id");
  CREATE INDEX "_articles_v_version_version_video_idx" ON "_articles_v" USING btree ("version_video_id");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_exemplars_id_idx" ON "_articles_v_rels" USING btree ("exemplars_id");
  CREATE INDEX "contests_timeline_order_idx" ON "contests_timeline" USING btree ("_order");
  CREATE INDEX "contests_timeline_parent_id_idx" ON "contests_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contests_timeline_locales_locale_parent_id_unique" ON "contests_timeline_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contests_prizes_order_idx" ON "contests_prizes" USING btree ("_order");
  CREATE INDEX "contests_prizes_parent_id_idx" ON "contests_prizes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contests_prizes_locales_locale_parent_id_unique" ON "contests_prizes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contests_rounds_rubric_order_idx" ON "contests_rounds_rubric" USING btree ("_order");
  CREATE INDEX "contests_rounds_rubric_parent_id_idx" ON "contests_rounds_rubric" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contests_rounds_rubric_locales_locale_parent_id_unique" ON "contests_rounds_rubric_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contests_rounds_order_idx" ON "contests_rounds" USING btree ("_order");
  CREATE INDEX "contests_rounds_parent_id_idx" ON "contests_rounds" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "contests_slug_idx" ON "contests" USING btree ("slug");
  CREATE INDEX "contests_year_idx" ON "contests" USING btree ("year");
  CREATE INDEX "contests_status_idx" ON "contests" USING btree ("status");
  CREATE INDEX "contests_organiser_idx" ON "contests" USING btree ("organiser_id");
  CREATE INDEX "contests_deadline_idx" ON "contests" USING btree ("deadline");
  CREATE INDEX "contests_results_results_approved_by_idx" ON "contests" USING btree ("results_approved_by_id");
  CREATE INDEX "contests_updated_at_idx" ON "contests" USING btree ("updated_at");
  CREATE INDEX "contests_created_at_idx" ON "contests" USING btree ("created_at");
  CREATE UNIQUE INDEX "contests_locales_locale_parent_id_unique" ON "contests_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "contest_categories_contest_idx" ON "contest_categories" USING btree ("contest_id");
  CREATE INDEX "contest_categories_medium_idx" ON "contest_categories" USING btree ("medium");
  CREATE INDEX "contest_categories_updated_at_idx" ON "contest_categories" USING btree ("updated_at");
  CREATE INDEX "contest_categories_created_at_idx" ON "contest_categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "contest_categories_locales_locale_parent_id_unique" ON "contest_categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "entries_co_authors_order_idx" ON "entries_co_authors" USING btree ("_order");
  CREATE INDEX "entries_co_authors_parent_id_idx" ON "entries_co_authors" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "entries_code_idx" ON "entries" USING btree ("code");
  CREATE INDEX "entries_status_idx" ON "entries" USING btree ("status");
  CREATE INDEX "entries_contest_idx" ON "entries" USING btree ("contest_id");
  CREATE INDEX "entries_category_idx" ON "entries" USING btree ("category_id");
  CREATE INDEX "entries_author_idx" ON "entries" USING btree ("author_id");
  CREATE INDEX "entries_outlet_idx" ON "entries" USING btree ("outlet_id");
  CREATE UNIQUE INDEX "entries_submission_key_idx" ON "entries" USING btree ("submission_key");
  CREATE INDEX "entries_submitted_at_idx" ON "entries" USING btree ("submitted_at");
  CREATE INDEX "entries_updated_at_idx" ON "entries" USING btree ("updated_at");
  CREATE INDEX "entries_created_at_idx" ON "entries" USING btree ("created_at");
  CREATE INDEX "entries_rels_order_idx" ON "entries_rels" USING btree ("order");
  CREATE INDEX "entries_rels_parent_idx" ON "entries_rels" USING btree ("parent_id");
  CREATE INDEX "entries_rels_path_idx" ON "entries_rels" USING btree ("path");
  CREATE INDEX "entries_rels_media_id_idx" ON "entries_rels" USING btree ("media_id");
  CREATE INDEX "entries_rels_exemplars_id_idx" ON "entries_rels" USING btree ("exemplars_id");
  CREATE INDEX "judge_assignments_entry_idx" ON "judge_assignments" USING btree ("entry_id");
  CREATE INDEX "judge_assignments_judge_idx" ON "judge_assignments" USING btree ("judge_id");
  CREATE INDEX "judge_assignments_round_idx" ON "judge_assignments" USING btree ("round");
  CREATE INDEX "judge_assignments_status_idx" ON "judge_assignments" USING btree ("status");
  CREATE INDEX "judge_assignments_updated_at_idx" ON "judge_assignments" USING btree ("updated_at");
  CREATE INDEX "judge_assignments_created_at_idx" ON "judge_assignments" USING btree ("created_at");
  CREATE INDEX "scores_criteria_order_idx" ON "scores_criteria" USING btree ("_order");
  CREATE INDEX "scores_criteria_parent_id_idx" ON "scores_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "scores_assignment_idx" ON "scores" USING btree ("assignment_id");
  CREATE INDEX "scores_entry_idx" ON "scores" USING btree ("entry_id");
  CREATE INDEX "scores_judge_idx" ON "scores" USING btree ("judge_id");
  CREATE INDEX "scores_round_idx" ON "scores" USING btree ("round");
  CREATE INDEX "scores_total_idx" ON "scores" USING btree ("total");
  CREATE INDEX "scores_locked_idx" ON "scores" USING btree ("locked");
  CREATE INDEX "scores_updated_at_idx" ON "scores" USING btree ("updated_at");
  CREATE INDEX "scores_created_at_idx" ON "scores" USING btree ("created_at");
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");
  CREATE INDEX "media_owner_idx" ON "media" USING btree ("owner_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "audit_logs_action_idx" ON "audit_logs" USING btree ("action");
  CREATE INDEX "audit_logs_target_collection_idx" ON "audit_logs" USING btree ("target_collection");
  CREATE INDEX "audit_logs_target_id_idx" ON "audit_logs" USING btree ("target_id");
  CREATE INDEX "audit_logs_actor_idx" ON "audit_logs" USING btree ("actor_id");
  CREATE INDEX "audit_logs_updated_at_idx" ON "audit_logs" USING btree ("updated_at");
  CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs" USING btree ("created_at");
  CREATE INDEX "campaign_dates_planned_articles_order_idx" ON "campaign_dates_planned_articles" USING btree ("_order");
  CREATE INDEX "campaign_dates_planned_articles_parent_id_idx" ON "campaign_dates_planned_articles" USING btree ("_parent_id");
  CREATE INDEX "campaign_dates_planned_articles_outlet_idx" ON "campaign_dates_planned_articles" USING btree ("outlet_id");
  CREATE INDEX "campaign_dates_planned_articles_article_idx" ON "campaign_dates_planned_articles" USING btree ("article_id");
  CREATE INDEX "campaign_dates_planned_articles_assigned_editor_idx" ON "campaign_dates_planned_articles" USING btree ("assigned_editor_id");
  CREATE UNIQUE INDEX "campaign_dates_code_idx" ON "campaign_dates" USING btree ("code");
  CREATE INDEX "campaign_dates_updated_at_idx" ON "campaign_dates" USING btree ("updated_at");
  CREATE INDEX "campaign_dates_created_at_idx" ON "campaign_dates" USING btree ("created_at");
  CREATE UNIQUE INDEX "campaign_dates_locales_locale_parent_id_unique" ON "campaign_dates_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "publications_year_idx" ON "publications" USING btree ("year");
  CREATE INDEX "publications_status_idx" ON "publications" USING btree ("status");
  CREATE INDEX "publications_file_idx" ON "publications" USING btree ("file_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "nominations_unit_idx" ON "nominations" USING btree ("unit_id");
  CREATE INDEX "nominations_photo_idx" ON "nominations" USING btree ("photo_id");
  CREATE INDEX "nominations_nominator_email_idx" ON "nominations" USING btree ("nominator_email");
  CREATE INDEX "nominations_status_idx" ON "nominations" USING btree ("status");
  CREATE INDEX "nominations_exemplar_idx" ON "nominations" USING btree ("exemplar_id");
  CREATE INDEX "nominations_updated_at_idx" ON "nominations" USING btree ("updated_at");
  CREATE INDEX "nominations_created_at_idx" ON "nominations" USING btree ("created_at");
  CREATE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE INDEX "annual_reports_unit_idx" ON "annual_reports" USING btree ("unit_id");
  CREATE INDEX "annual_reports_status_idx" ON "annual_reports" USING btree ("status");
  CREATE INDEX "annual_reports_xlsx_idx" ON "annual_reports" USING btree ("xlsx_id");
  CREATE INDEX "annual_reports_pdf_idx" ON "annual_reports" USING btree ("pdf_id");
  CREATE INDEX "annual_reports_requested_by_idx" ON "annual_reports" USING btree ("requested_by_id");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "status_changes_exemplar_idx" ON "status_changes" USING btree ("exemplar_id");
  CREATE INDEX "status_changes_to_idx" ON "status_changes" USING btree ("to");
  CREATE INDEX "status_changes_evidence_idx" ON "status_changes" USING btree ("evidence_id");
  CREATE INDEX "status_changes_actor_idx" ON "status_changes" USING btree ("actor_id");
  CREATE INDEX "status_changes_at_idx" ON "status_changes" USING btree ("at");
  CREATE INDEX "status_changes_updated_at_idx" ON "status_changes" USING btree ("updated_at");
  CREATE INDEX "status_changes_created_at_idx" ON "status_changes" USING btree ("created_at");
  CREATE INDEX "nurturing_exemplar_idx" ON "nurturing" USING btree ("exemplar_id");
  CREATE INDEX "nurturing_unit_idx" ON "nurturing" USING btree ("unit_id");
  CREATE INDEX "nurturing_date_idx" ON "nurturing" USING btree ("date");
  CREATE INDEX "nurturing_kind_idx" ON "nurturing" USING btree ("kind");
  CREATE INDEX "nurturing_status_idx" ON "nurturing" USING btree ("status");
  CREATE INDEX "nurturing_follow_up_on_idx" ON "nurturing" USING btree ("follow_up_on");
  CREATE INDEX "nurturing_updated_at_idx" ON "nurturing" USING btree ("updated_at");
  CREATE INDEX "nurturing_created_at_idx" ON "nurturing" USING btree ("created_at");
  CREATE INDEX "commendations_exemplar_idx" ON "commendations" USING btree ("exemplar_id");
  CREATE INDEX "commendations_unit_idx" ON "commendations" USING btree ("unit_id");
  CREATE INDEX "commendations_form_idx" ON "commendations" USING btree ("form");
  CREATE INDEX "commendations_level_idx" ON "commendations" USING btree ("level");
  CREATE INDEX "commendations_proposed_by_idx" ON "commendations" USING btree ("proposed_by_id");
  CREATE INDEX "commendations_status_idx" ON "commendations" USING btree ("status");
  CREATE INDEX "commendations_decision_number_idx" ON "commendations" USING btree ("decision_number");
  CREATE INDEX "commendations_updated_at_idx" ON "commendations" USING btree ("updated_at");
  CREATE INDEX "commendations_created_at_idx" ON "commendations" USING btree ("created_at");
  CREATE INDEX "inspections_members_order_idx" ON "inspections_members" USING btree ("_order");
  CREATE INDEX "inspections_members_parent_id_idx" ON "inspections_members" USING btree ("_parent_id");
  CREATE INDEX "inspections_unit_idx" ON "inspections" USING btree ("unit_id");
  CREATE INDEX "inspections_date_idx" ON "inspections" USING btree ("date");
  CREATE INDEX "inspections_follow_up_status_idx" ON "inspections" USING btree ("follow_up_status");
  CREATE INDEX "inspections_updated_at_idx" ON "inspections" USING btree ("updated_at");
  CREATE INDEX "inspections_created_at_idx" ON "inspections" USING btree ("created_at");
  CREATE INDEX "budget_lines_unit_idx" ON "budget_lines" USING btree ("unit_id");
  CREATE INDEX "budget_lines_year_idx" ON "budget_lines" USING btree ("year");
  CREATE INDEX "budget_lines_updated_at_idx" ON "budget_lines" USING btree ("updated_at");
  CREATE INDEX "budget_lines_created_at_idx" ON "budget_lines" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("plans_id");
  CREATE INDEX "payload_locked_documents_rels_fields_id_idx" ON "payload_locked_documents_rels" USING btree ("fields_id");
  CREATE INDEX "payload_locked_documents_rels_criteria_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("criteria_sets_id");
  CREATE INDEX "payload_locked_documents_rels_exemplars_id_idx" ON "payload_locked_documents_rels" USING btree ("exemplars_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_outlets_id_idx" ON "payload_locked_documents_rels" USING btree ("outlets_id");
  CREATE INDEX "payload_locked_documents_rels_columns_id_idx" ON "payload_locked_documents_rels" USING btree ("columns_id");
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_contests_id_idx" ON "payload_locked_documents_rels" USING btree ("contests_id");
  CREATE INDEX "payload_locked_documents_rels_contest_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("contest_categories_id");
  CREATE INDEX "payload_locked_documents_rels_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("entries_id");
  CREATE INDEX "payload_locked_documents_rels_judge_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("judge_assignments_id");
  CREATE INDEX "payload_locked_documents_rels_scores_id_idx" ON "payload_locked_documents_rels" USING btree ("scores_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_audit_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_logs_id");
  CREATE INDEX "payload_locked_documents_rels_campaign_dates_id_idx" ON "payload_locked_documents_rels" USING btree ("campaign_dates_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_nominations_id_idx" ON "payload_locked_documents_rels" USING btree ("nominations_id");
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");
  CREATE INDEX "payload_locked_documents_rels_status_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("status_changes_id");
  CREATE INDEX "payload_locked_documents_rels_nurturing_id_idx" ON "payload_locked_documents_rels" USING btree ("nurturing_id");
  CREATE INDEX "payload_locked_documents_rels_commendations_id_idx" ON "payload_locked_documents_rels" USING btree ("commendations_id");
  CREATE INDEX "payload_locked_documents_rels_inspections_id_idx" ON "payload_locked_documents_rels" USING btree ("inspections_id");
  CREATE INDEX "payload_locked_documents_rels_budget_lines_id_idx" ON "payload_locked_documents_rels" USING btree ("budget_lines_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_emblem_idx" ON "site_settings" USING btree ("emblem_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_rels" CASCADE;
  DROP TABLE "plans_targets" CASCADE;
  DROP TABLE "plans_targets_locales" CASCADE;
  DROP TABLE "plans" CASCADE;
  DROP TABLE "plans_locales" CASCADE;
  DROP TABLE "plans_rels" CASCADE;
  DROP TABLE "fields" CASCADE;
  DROP TABLE "fields_locales" CASCADE;
  DROP TABLE "criteria_sets_criteria" CASCADE;
  DROP TABLE "criteria_sets" CASCADE;
  DROP TABLE "exemplars_sources" CASCADE;
  DROP TABLE "exemplars" CASCADE;
  DROP TABLE "exemplars_locales" CASCADE;
  DROP TABLE "exemplars_numbers" CASCADE;
  DROP TABLE "exemplars_rels" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "outlets" CASCADE;
  DROP TABLE "outlets_locales" CASCADE;
  DROP TABLE "_outlets_v" CASCADE;
  DROP TABLE "_outlets_v_locales" CASCADE;
  DROP TABLE "columns" CASCADE;
  DROP TABLE "columns_locales" CASCADE;
  DROP TABLE "columns_rels" CASCADE;
  DROP TABLE "_columns_v" CASCADE;
  DROP TABLE "_columns_v_locales" CASCADE;
  DROP TABLE "_columns_v_rels" CASCADE;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "contests_timeline" CASCADE;
  DROP TABLE "contests_timeline_locales" CASCADE;
  DROP TABLE "contests_prizes" CASCADE;
  DROP TABLE "contests_prizes_locales" CASCADE;
  DROP TABLE "contests_rounds_rubric" CASCADE;
  DROP TABLE "contests_rounds_rubric_locales" CASCADE;
  DROP TABLE "contests_rounds" CASCADE;
  DROP TABLE "contests" CASCADE;
  DROP TABLE "contests_locales" CASCADE;
  DROP TABLE "contest_categories" CASCADE;
  DROP TABLE "contest_categories_locales" CASCADE;
  DROP TABLE "entries_co_authors" CASCADE;
  DROP TABLE "entries" CASCADE;
  DROP TABLE "entries_rels" CASCADE;
  DROP TABLE "judge_assignments" CASCADE;
  DROP TABLE "scores_criteria" CASCADE;
  DROP TABLE "scores" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "audit_logs" CASCADE;
  DROP TABLE "campaign_dates_planned_articles" CASCADE;
  DROP TABLE "campaign_dates" CASCADE;
  DROP TABLE "campaign_dates_locales" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "nominations" CASCADE;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "status_changes" CASCADE;
  DROP TABLE "nurturing" CASCADE;
  DROP TABLE "commendations" CASCADE;
  DROP TABLE "inspections_members" CASCADE;
  DROP TABLE "inspections" CASCADE;
  DROP TABLE "budget_lines" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_units_end_reason";
  DROP TYPE "public"."enum_plans_targets_applies_to";
  DROP TYPE "public"."enum_plans_targets_unit_kind";
  DROP TYPE "public"."enum_plans_targets_rule";
  DROP TYPE "public"."enum_exemplars_kind";
  DROP TYPE "public"."enum_exemplars_status";
  DROP TYPE "public"."enum_exemplars_archived_from";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_format";
  DROP TYPE "public"."enum_outlets_kind";
  DROP TYPE "public"."enum_outlets_status";
  DROP TYPE "public"."enum__outlets_v_version_kind";
  DROP TYPE "public"."enum__outlets_v_version_status";
  DROP TYPE "public"."enum__outlets_v_published_locale";
  DROP TYPE "public"."enum_columns_status";
  DROP TYPE "public"."enum__columns_v_version_status";
  DROP TYPE "public"."enum__columns_v_published_locale";
  DROP TYPE "public"."enum_articles_format";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_format";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum_contests_rounds_round";
  DROP TYPE "public"."enum_contests_status";
  DROP TYPE "public"."enum_contests_results_round";
  DROP TYPE "public"."enum_contest_categories_medium";
  DROP TYPE "public"."enum_entries_status";
  DROP TYPE "public"."enum_entries_prize";
  DROP TYPE "public"."enum_judge_assignments_round";
  DROP TYPE "public"."enum_judge_assignments_status";
  DROP TYPE "public"."enum_scores_round";
  DROP TYPE "public"."enum_media_visibility";
  DROP TYPE "public"."enum_campaign_dates_planned_articles_status";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum_nominations_status";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum_status_changes_from";
  DROP TYPE "public"."enum_status_changes_to";
  DROP TYPE "public"."enum_nurturing_kind";
  DROP TYPE "public"."enum_nurturing_status";
  DROP TYPE "public"."enum_commendations_form";
  DROP TYPE "public"."enum_commendations_level";
  DROP TYPE "public"."enum_commendations_status";
  DROP TYPE "public"."enum_inspections_follow_up_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
