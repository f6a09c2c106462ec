import { Migration } from '@mikro-orm/migrations';

export class Migration20261122233715_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "org_unit" ("id" uuid not null, "name" text not null, "code" text not null, "level" text not null, "parent_id" uuid null, "group_id" uuid not null, "path" text not null, "depth" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "org_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "org_unit_parent_idx" on "org_unit" ("parent_id");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_path_unique" unique ("path");`);
    this.addSql(`create index "org_unit_path_prefix_idx" on "org_unit" ("path" text_pattern_ops);`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_group_code_unique" unique ("group_id", "code");`);

    this.addSql(`create table "department" ("id" uuid not null, "org_unit_id" uuid not null, "type" text not null, "name" text not null, "created_at" timestamptz not null default now(), constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "department" add constraint "department_unit_type_unique" unique ("org_unit_id", "type");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "name" text not null, "login" text not null, "phone" text null, "password_hash" text not null, "org_unit_id" uuid not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_login_unique" unique ("login");`);
    this.addSql(`create index "app_user_org_unit_idx" on "app_user" ("org_unit_id");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "user_id" uuid not null, "role" text not null, "org_unit_id" uuid not null, "created_at" timestamptz not null default now(), constraint "role_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "role_assignment_role_idx" on "role_assignment" ("role");`);
    this.addSql(`create index "role_assignment_org_unit_idx" on "role_assignment" ("org_unit_id");`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_unique" unique ("user_id", "role", "org_unit_id");`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "department" add constraint "department_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "org_unit" drop constraint "org_unit_parent_id_foreign";`);

    this.addSql(`alter table "department" drop constraint "department_org_unit_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_org_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_org_unit_id_foreign";`);

    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_user_id_foreign";`);

    this.addSql(`drop table if exists "org_unit" cascade;`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "role_assignment" cascade;`);
  }

}
