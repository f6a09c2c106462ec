import { DEFAULT_CATEGORIES } from '@kesu/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Category } from './category.entity.js';

/** Gives a group the default taxonomy of RULES.md §3 unless it already has categories. */
export async function seedDefaultCategories(em: EntityManager, groupId: string): Promise<void> {
  if ((await em.count(Category, { groupId })) > 0) return;
  DEFAULT_CATEGORIES.forEach((definition, index) =>
    em.create(Category, { groupId, ...definition, sortOrder: index * 10 }),
  );
  await em.flush();
}
