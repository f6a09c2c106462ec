import { Migration } from '@mikro-orm/migrations';

export class Migration20261123064143_list_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "complaint_group_visible_next_due_idx" on "complaint" ("next_due_at", "id") where "group_visible";`);
    this.addSql(`create index "complaint_open_next_due_idx" on "complaint" ("next_due_at", "id", "project_id") where "status" in ('REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_group_visible_next_due_idx";`);
    this.addSql(`drop index "complaint_open_next_due_idx";`);
  }

}
