import { Migration } from '@mikro-orm/migrations';

export class Migration20261123015558_cases extends Migration {

  override async up(): Promise<void> {
    // The case library's substring fallback uses a trigram index; pg_trgm is a trusted contrib extension.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "case" ("id" uuid not null, "group_id" uuid not null, "status" text not null default 'DRAFT', "title" text not null, "background" text not null default '', "handling_process" text not null default '', "result" text not null default '', "cause_analysis" text not null default '', "lessons_learned" text not null default '', "preventive_measures" text not null default '', "tags" text[] not null, "category_id" uuid not null, "category_code" text not null, "grade_code" text null, "grade_label" text null, "org_unit_id" uuid not null, "org_unit_name" text not null, "region_name" text null, "year" int not null, "source_complaint_id" uuid null, "author_id" uuid not null, "submitted_at" timestamptz null, "published_at" timestamptz null, "published_by" uuid null, "revision" int not null default 1, "listed_at" timestamptz not null, "search_vector" tsvector not null default '', "title_vector" tsvector not null default '', "keyword_vector" tsvector not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "case_pkey" primary key ("id"));`);
    this.addSql(`create index "case_category_idx" on "case" ("category_id");`);
    this.addSql(`create index "case_category_code_idx" on "case" ("category_code");`);
    this.addSql(`create index "case_org_unit_idx" on "case" ("org_unit_id");`);
    this.addSql(`create index "case_year_idx" on "case" ("year");`);
    this.addSql(`create index "case_author_idx" on "case" ("author_id");`);
    this.addSql(`create index "case_listed_idx" on "case" ("listed_at" desc, "id");`);
    this.addSql(`create index "case_names_trgm_idx" on "case" using gin (("title" || ' ' || "org_unit_name" || ' ' || coalesce("region_name", '')) gin_trgm_ops);`);
    this.addSql(`create index "case_keyword_search_idx" on "case" using gin ("keyword_vector");`);
    this.addSql(`create index "case_title_search_idx" on "case" using gin ("title_vector");`);
    this.addSql(`create index "case_search_idx" on "case" using gin ("search_vector");`);
    this.addSql(`alter table "case" add constraint "case_source_complaint_unique" unique ("source_complaint_id");`);
    // Search reads many rows per query, so rows stay narrow: long texts and the document vector go out of line (read
    // for the page shown, or through the GIN index), while the small title and key-word vectors stay inline and
    // uncompressed, since a search tests them row by row.
    this.addSql(`alter table "case" set (toast_tuple_target = 256);`);
    this.addSql(`alter table "case" alter column "title_vector" set storage plain, alter column "keyword_vector" set storage plain;`);

    this.addSql(`create table "case_view" ("case_id" uuid not null, "month" text not null, "views" int not null default 0, constraint "case_view_pkey" primary key ("case_id", "month"));`);
    this.addSql(`create index "case_view_month_idx" on "case_view" ("month", "views");`);

    this.addSql(`create table "case_revision" ("id" uuid not null, "case_id" uuid not null, "revision" int not null, "content" jsonb not null, "replaced_by" uuid not null, "replaced_at" timestamptz not null default now(), constraint "case_revision_pkey" primary key ("id"));`);
    this.addSql(`alter table "case_revision" add constraint "case_revision_unique" unique ("case_id", "revision");`);

    this.addSql(`create table "accountability" ("id" uuid not null, "complaint_id" uuid not null, "group_id" uuid not null, "project_id" uuid not null, "conclusion" text not null, "status" text not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), "enforced_by_id" uuid null, "enforced_at" timestamptz null, "enforcement_note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "accountability_pkey" primary key ("id"));`);
    this.addSql(`alter table "accountability" add constraint "accountability_complaint_unique" unique ("complaint_id");`);
    this.addSql(`create index "accountability_project_idx" on "accountability" ("project_id");`);

    this.addSql(`create table "accountability_party" ("id" uuid not null, "accountability_id" uuid not null, "position" int not null, "kind" text not null, "ref_id" uuid null, "name" text not null, "share_percent" int not null, "penalty" text not null, "fine_fen" bigint not null, "note" text null, constraint "accountability_party_pkey" primary key ("id"));`);
    this.addSql(`alter table "accountability_party" add constraint "accountability_party_position_unique" unique ("accountability_id", "position");`);

    this.addSql(`create table "accountability_comment" ("id" uuid not null, "accountability_id" uuid not null, "author_id" uuid not null, "text" text not null, "created_at" timestamptz not null default now(), constraint "accountability_comment_pkey" primary key ("id"));`);
    this.addSql(`create index "accountability_comment_idx" on "accountability_comment" ("accountability_id");`);

    this.addSql(`alter table "case" add constraint "case_category_id_foreign" foreign key ("category_id") references "category" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "case" add constraint "case_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "case" add constraint "case_source_complaint_id_foreign" foreign key ("source_complaint_id") references "complaint" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "case_view" add constraint "case_view_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_revision" add constraint "case_revision_case_id_foreign" foreign key ("case_id") references "case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accountability" add constraint "accountability_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "accountability" add constraint "accountability_project_id_foreign" foreign key ("project_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "accountability" add constraint "accountability_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "accountability" add constraint "accountability_enforced_by_id_foreign" foreign key ("enforced_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "accountability_party" add constraint "accountability_party_accountability_id_foreign" foreign key ("accountability_id") references "accountability" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accountability_comment" add constraint "accountability_comment_accountability_id_foreign" foreign key ("accountability_id") references "accountability" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "accountability_comment" add constraint "accountability_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_view" drop constraint "case_view_case_id_foreign";`);

    this.addSql(`alter table "case_revision" drop constraint "case_revision_case_id_foreign";`);

    this.addSql(`alter table "accountability_party" drop constraint "accountability_party_accountability_id_foreign";`);

    this.addSql(`alter table "accountability_comment" drop constraint "accountability_comment_accountability_id_foreign";`);

    this.addSql(`drop table if exists "case" cascade;`);

    this.addSql(`drop table if exists "case_view" cascade;`);

    this.addSql(`drop table if exists "case_revision" cascade;`);

    this.addSql(`drop table if exists "accountability" cascade;`);

    this.addSql(`drop table if exists "accountability_party" cascade;`);

    this.addSql(`drop table if exists "accountability_comment" cascade;`);
  }

}
