import { Migration } from '@mikro-orm/migrations';

export class Migration20261123052942_webhooks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "webhook_cursor" ("stream" text not null, "position_at" timestamptz not null, "position_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "webhook_cursor_pkey" primary key ("stream"));`);

    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "client_id" uuid not null, "url" text not null, "events" text[] not null, "secret" text not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_client_idx" on "webhook_endpoint" ("client_id");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "endpoint_id" uuid not null, "event_type" text not null, "event_id" uuid not null, "occurred_at" timestamptz not null, "payload" jsonb not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "last_status_code" int null, "last_error" text null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, "attempt_log" jsonb not null default '[]', "created_at" timestamptz not null default now(), constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_endpoint_created_idx" on "webhook_delivery" ("endpoint_id", "created_at");`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_event_unique" unique ("endpoint_id", "event_type", "event_id");`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_client_id_foreign" foreign key ("client_id") references "api_client" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`);

    this.addSql(`create index "case_published_at_idx" on "case" ("published_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "webhook_delivery" drop constraint "webhook_delivery_endpoint_id_foreign";`);

    this.addSql(`drop table if exists "webhook_cursor" cascade;`);

    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop table if exists "webhook_delivery" cascade;`);

    this.addSql(`drop index "case_published_at_idx";`);
  }

}
