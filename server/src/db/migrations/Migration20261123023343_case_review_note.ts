import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023343_case_review_note extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case" add column "review_note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case" drop column "review_note";`);
  }

}
