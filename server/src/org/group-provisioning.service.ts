import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDefaultCategories } from '../category/category.service.js';
import { seedDefaultScheme } from '../grading/grade-scheme.service.js';
import { ensureOfficialCalendar } from '../sla/calendar.service.js';
import { ensureGroupSettings } from './group-settings.service.js';
import { OrgUnit } from './org-unit.entity.js';

/**
 * What every group needs before it can take complaints: settings, the default taxonomy, the official calendar and
 * a first grade scheme. Idempotent; run at start for every group, so a new official year arrives with an upgrade.
 */
export async function provisionGroup(em: EntityManager, group: OrgUnit): Promise<void> {
  await ensureGroupSettings(em, group.id);
  await seedDefaultCategories(em, group.id);
  await ensureOfficialCalendar(em, group.id);
  await seedDefaultScheme(em, group);
}

export async function provisionAllGroups(em: EntityManager): Promise<void> {
  for (const group of await em.find(OrgUnit, { level: 'GROUP', parent: null })) await provisionGroup(em, group);
}
