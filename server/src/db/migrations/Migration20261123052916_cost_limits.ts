import { Migration } from '@mikro-orm/migrations';

export class Migration20261123052916_cost_limits extends Migration {

  override async up(): Promise<void> {
    // Unlogged: short-lived counters need no WAL (no fsync per request); a crash empties them, i.e. budgets restart whole.
    this.addSql(`create unlogged table "rate_limit_window" ("principal" text not null, "window_seconds" int not null, "window_start" timestamptz not null, "expires_at" timestamptz not null, "used" int not null, "budget" int not null, constraint "rate_limit_window_pkey" primary key ("principal", "window_seconds", "window_start"));`);
    this.addSql(`create index "rate_limit_window_expires_at_idx" on "rate_limit_window" ("expires_at");`);

    this.addSql(`create table "persisted_operation" ("id" uuid not null, "client_id" uuid not null, "name" text not null, "sha256" text not null, "query" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), constraint "persisted_operation_pkey" primary key ("id"));`);
    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_client_sha256_unique" unique ("client_id", "sha256");`);

    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_client_id_foreign" foreign key ("client_id") references "api_client" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "persisted_operation" add constraint "persisted_operation_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit_window" cascade;`);

    this.addSql(`drop table if exists "persisted_operation" cascade;`);
  }

}
