import { Migration } from '@mikro-orm/migrations';

/**
 * A complaint's events and a case's revisions are its permanent file (XX 4.4): no role, not even the owner of the
 * tables the application connects as, may rewrite or remove them. A trigger is the one guard that holds for a
 * superuser too (REVOKE does not bind the owner). Complaints and users are never deleted by the application, so
 * the cascades that would touch these rows never fire; if one did, it fails loudly instead of erasing history.
 */
export class Migration20261123081500_append_only_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function kesu_refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    for (const table of ['complaint_event', 'case_revision']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}" for each row execute function kesu_refuse_audit_change();`);
      this.addSql(`create trigger "${table}_no_truncate" before truncate on "${table}" for each statement execute function kesu_refuse_audit_change();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['complaint_event', 'case_revision']) {
      this.addSql(`drop trigger "${table}_append_only" on "${table}";`);
      this.addSql(`drop trigger "${table}_no_truncate" on "${table}";`);
    }
    this.addSql(`drop function kesu_refuse_audit_change();`);
  }

}
