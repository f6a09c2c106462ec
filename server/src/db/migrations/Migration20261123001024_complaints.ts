import { Migration } from '@mikro-orm/migrations';

export class Migration20261123001024_complaints extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "calendar_day" ("id" uuid not null, "group_id" uuid not null, "date" date not null, "is_workday" boolean not null, "name" text null, "source" text not null, "updated_by" uuid null, "updated_at" timestamptz not null default now(), constraint "calendar_day_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_day" add constraint "calendar_day_group_date_unique" unique ("group_id", "date");`);

    this.addSql(`create table "calendar_year" ("id" uuid not null, "group_id" uuid not null, "year" int not null, "source" text not null, "created_at" timestamptz not null default now(), constraint "calendar_year_pkey" primary key ("id"));`);
    this.addSql(`alter table "calendar_year" add constraint "calendar_year_group_year_unique" unique ("group_id", "year");`);

    this.addSql(`create table "category" ("id" uuid not null, "group_id" uuid not null, "code" text not null, "label" text not null, "kind" text not null, "department" text not null, "description" text not null default '', "active" boolean not null default true, "sort_order" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "category_pkey" primary key ("id"));`);
    this.addSql(`create index "category_group_idx" on "category" ("group_id");`);
    this.addSql(`alter table "category" add constraint "category_group_code_unique" unique ("group_id", "code");`);

    this.addSql(`create table "complaint_sequence" ("key" text not null, "last_serial" int not null, constraint "complaint_sequence_pkey" primary key ("key"));`);

    this.addSql(`create table "group_settings" ("group_id" uuid not null, "escalation_chain" jsonb not null, "satisfied_score" int not null default 3, "min_acceptance_share" double precision not null default 0.5, "demand_sample_rate" double precision not null default 0.15, "report_closing_day" int not null default 24, "updated_at" timestamptz not null default now(), constraint "group_settings_pkey" primary key ("group_id"));`);

    this.addSql(`create table "grade_scheme_version" ("id" uuid not null, "org_unit_id" uuid not null, "group_id" uuid not null, "version" int not null, "effective_from" timestamptz not null, "preset_code" text null, "scheme" jsonb not null, "time_limits" jsonb not null, "published_by_id" uuid null, "published_at" timestamptz not null default now(), constraint "grade_scheme_version_pkey" primary key ("id"));`);
    this.addSql(`create index "grade_scheme_version_group_idx" on "grade_scheme_version" ("group_id");`);
    this.addSql(`create index "grade_scheme_version_lookup_idx" on "grade_scheme_version" ("org_unit_id", "effective_from");`);
    this.addSql(`alter table "grade_scheme_version" add constraint "grade_scheme_version_unit_version_unique" unique ("org_unit_id", "version");`);

    this.addSql(`create table "complaint" ("id" uuid not null, "group_id" uuid not null, "number" text not null, "kind" text not null, "status" text not null, "channel" text not null, "title" text not null, "description" text not null, "received_at" timestamptz not null, "category_id" uuid not null, "project_id" uuid not null, "owning_unit_id" uuid not null, "customers" jsonb not null, "household_count" int not null, "compensation_fen" bigint not null, "flags" text[] not null, "grade_scheme_id" uuid not null, "grade_code" text not null, "grade_label" text not null, "grade_rank" int not null, "grade_explanation" jsonb not null, "grade_overridden" boolean not null default false, "first_responsible_id" uuid null, "handler_id" uuid null, "created_by_id" uuid null, "response_due_at" timestamptz null, "resolution_due_at" timestamptz null, "resolution_basis" text not null, "return_visit_due_at" timestamptz null, "accountability_due_at" timestamptz null, "next_due_at" timestamptz not null, "responded_at" timestamptz null, "handling_started_at" timestamptz null, "escalated_at" timestamptz null, "reopened_at" timestamptz null, "concluded_at" timestamptz null, "return_visited_at" timestamptz null, "archived_at" timestamptz null, "overdue" boolean not null default false, "group_visible" boolean not null default false, "escalation_count" int not null default 0, "extension_count" int not null default 0, "extensions" jsonb null, "exemption" jsonb null, "requires_accountability" boolean not null default false, "internal_review_rounds" int not null default 0, "reopen_count" int not null default 0, "confirmation_score" int null, "last_return_visit" jsonb null, "accountability" text not null default 'NONE', "accepting_share" double precision null, "return_visit_required" boolean not null default true, "emergency_team" jsonb null, "idempotency_scope" text null, "idempotency_key" text null, "idempotency_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_overdue_idx" on "complaint" ("overdue");`);
    this.addSql(`create index "complaint_next_due_idx" on "complaint" ("next_due_at", "id");`);
    this.addSql(`create index "complaint_group_received_idx" on "complaint" ("group_id", "received_at");`);
    this.addSql(`create index "complaint_project_status_idx" on "complaint" ("project_id", "status");`);
    this.addSql(`alter table "complaint" add constraint "complaint_idempotency_unique" unique ("idempotency_scope", "idempotency_key");`);
    this.addSql(`alter table "complaint" add constraint "complaint_group_number_unique" unique ("group_id", "number");`);

    this.addSql(`create table "return_visit" ("id" uuid not null, "complaint_id" uuid not null, "method" text not null, "score" int not null, "service_quality" text null, "service_effect" text null, "shortcomings" text null, "suggestions" text null, "visitor_id" uuid null, "visited_at" timestamptz not null default now(), constraint "return_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "return_visit_complaint_idx" on "return_visit" ("complaint_id");`);

    this.addSql(`create table "complaint_event" ("id" uuid not null, "complaint_id" uuid not null, "type" text not null, "actor_id" uuid null, "occurred_at" timestamptz not null default now(), "from_status" text null, "to_status" text null, "reason" text null, "data" jsonb null, "public" boolean not null default false, constraint "complaint_event_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_event_timeline_idx" on "complaint_event" ("complaint_id", "occurred_at");`);

    this.addSql(`alter table "grade_scheme_version" add constraint "grade_scheme_version_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "grade_scheme_version" add constraint "grade_scheme_version_published_by_id_foreign" foreign key ("published_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint" add constraint "complaint_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_project_id_foreign" foreign key ("project_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_owning_unit_id_foreign" foreign key ("owning_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_grade_scheme_id_foreign" foreign key ("grade_scheme_id") references "grade_scheme_version" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_first_responsible_id_foreign" foreign key ("first_responsible_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_handler_id_foreign" foreign key ("handler_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "return_visit" add constraint "return_visit_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_visit" add constraint "return_visit_visitor_id_foreign" foreign key ("visitor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint_event" add constraint "complaint_event_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint" drop constraint "complaint_category_id_foreign";`);

    this.addSql(`alter table "complaint" drop constraint "complaint_grade_scheme_id_foreign";`);

    this.addSql(`alter table "return_visit" drop constraint "return_visit_complaint_id_foreign";`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_complaint_id_foreign";`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "calendar_year" cascade;`);

    this.addSql(`drop table if exists "category" cascade;`);

    this.addSql(`drop table if exists "complaint_sequence" cascade;`);

    this.addSql(`drop table if exists "group_settings" cascade;`);

    this.addSql(`drop table if exists "grade_scheme_version" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "return_visit" cascade;`);

    this.addSql(`drop table if exists "complaint_event" cascade;`);
  }

}
