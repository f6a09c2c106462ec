import { Migration } from '@mikro-orm/migrations';

export class Migration20261123051438_api_clients extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "api_client" ("id" uuid not null, "name" text not null, "org_unit_id" uuid not null, "scopes" text[] not null, "key_hash" text not null, "key_prefix" text not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "revoked_at" timestamptz null, "last_used_at" timestamptz null, "cost_per_minute" int null, "cost_per_hour" int null, "persisted_only" boolean not null default false, "version" int not null default 1, constraint "api_client_pkey" primary key ("id"));`);
    this.addSql(`create index "api_client_org_unit_idx" on "api_client" ("org_unit_id");`);
    this.addSql(`alter table "api_client" add constraint "api_client_key_hash_unique" unique ("key_hash");`);

    this.addSql(`alter table "api_client" add constraint "api_client_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "api_client" add constraint "api_client_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint" add column "owner_keys" text[] not null default '{}', add column "created_by_client_id" uuid null;`);
    this.addSql(`alter table "complaint" add constraint "complaint_created_by_client_id_foreign" foreign key ("created_by_client_id") references "api_client" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "complaint_owner_keys_idx" on "complaint" using gin ("owner_keys");`);
    // Complaints taken before owners could sign in get their keys too; the same normalisation as ownerKeyOf(),
    // keyed by the project (the service centre's project when a service centre took the complaint).
    this.addSql(`update "complaint" c set "owner_keys" = coalesce((
      select array_agg(distinct coalesce((select a.id from org_unit u join org_unit a on a.level = 'PROJECT' and u.path like a.path || '%'
                                           where u.id = c.project_id limit 1), c.project_id)::text || ':' ||
          regexp_replace(regexp_replace(normalize(x->>'phone', NFKC), '\\D', '', 'g'), '^86(?=1\\d{10}$)', '') || ':' ||
          upper(regexp_replace(normalize(x->>'room', NFKC), '\\s+', '', 'g')))
        from jsonb_array_elements(c.customers::jsonb) x
       where coalesce(x->>'phone', '') <> '' and coalesce(x->>'room', '') <> ''), '{}');`);

    this.addSql(`alter table "complaint_event" add column "actor_client_id" uuid null;`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_actor_client_id_foreign" foreign key ("actor_client_id") references "api_client" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "complaint" drop constraint "complaint_created_by_client_id_foreign";`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_actor_client_id_foreign";`);

    this.addSql(`drop table if exists "api_client" cascade;`);

    this.addSql(`drop index "complaint_owner_keys_idx";`);
    this.addSql(`alter table "complaint" drop column "owner_keys", drop column "created_by_client_id";`);

    this.addSql(`alter table "complaint_event" drop column "actor_client_id";`);
  }

}
