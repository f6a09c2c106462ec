import { DEFAULT_ESCALATION_CHAIN } from '@kesu/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GroupSettings } from './group-settings.entity.js';

export async function groupSettingsOf(em: EntityManager, groupId: string): Promise<GroupSettings> {
  const settings = await em.findOne(GroupSettings, { groupId });
  return settings ?? em.create(GroupSettings, { groupId, escalationChain: DEFAULT_ESCALATION_CHAIN }, { persist: false });
}

export async function ensureGroupSettings(em: EntityManager, groupId: string): Promise<void> {
  if (await em.findOne(GroupSettings, { groupId })) return;
  em.create(GroupSettings, { groupId, escalationChain: DEFAULT_ESCALATION_CHAIN });
  await em.flush();
}
