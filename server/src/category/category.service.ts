import { DEFAULT_CATEGORIES, taxonomyKindFor, type CategoryDefinition, type ComplaintKind } from '@kesu/domain';
import { subject } from '@kesu/permissions';
import { LockMode, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { callerGroupId } from '../graphql/caller-group.js';
import type { Context } from '../graphql/context.js';
import { badInput, forbidden, notFound, staleVersion } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { Category } from './category.entity.js';
import {
  createCategorySchema,
  updateCategorySchema,
  type CreateCategoryInput,
  type UpdateCategoryInput,
} from './category.inputs.js';

/** Gives a group the default taxonomy of RULES.md §3 unless it already has categories. */
export async function seedDefaultCategories(em: EntityManager, groupId: string): Promise<void> {
  if ((await em.count(Category, { groupId })) > 0) return;
  DEFAULT_CATEGORIES.forEach((definition, index) =>
    em.create(Category, { groupId, ...definition, sortOrder: index * 10 }),
  );
  await em.flush();
}

/** A group's category by code, active or not; `null` when the group has none with that code. */
export function findCategoryByCode(em: EntityManager, groupId: string, code: string): Promise<Category | null> {
  return em.findOne(Category, { groupId, code });
}

const ADMIN_ONLY = '只有集团管理员可以维护分类';

/**
 * The caller's group taxonomy, scoped in SQL. A complaint kind selects its taxonomy (warnings use the complaint
 * one); inactive categories only on request (to show old complaints' categories).
 */
export function listCategories(ctx: Context, kind: ComplaintKind | null | undefined, includeInactive: boolean): Promise<Category[]> {
  const where: FilterQuery<Category>[] = [scopeFilter(ctx.ability, 'read', 'Category'), { groupId: callerGroupId(ctx) }];
  if (kind) where.push({ kind: taxonomyKindFor(kind) });
  if (!includeInactive) where.push({ active: true });
  return ctx.em.find(Category, { $and: where }, { orderBy: { kind: 'asc', sortOrder: 'asc', code: 'asc' } });
}

async function nextSortOrder(em: EntityManager, groupId: string, kind: CategoryDefinition['kind']): Promise<number> {
  const [last] = await em.find(Category, { groupId, kind }, { orderBy: { sortOrder: 'desc' }, limit: 1 });
  return last ? last.sortOrder + 10 : 0;
}

export async function createCategory(ctx: Context, rawInput: CreateCategoryInput): Promise<Category> {
  const input = parseInput(createCategorySchema, rawInput);
  const groupId = callerGroupId(ctx);
  if (!ctx.ability.can('create', subject('Category', { groupId }))) throw forbidden(ADMIN_ONLY);
  try {
    return await ctx.em.transactional(async (em) => {
      if (await findCategoryByCode(em, groupId, input.code)) throw badInput('code', `编码 ${input.code} 已被其他分类使用`);
      const sortOrder = input.sortOrder ?? (await nextSortOrder(em, groupId, input.kind));
      return em.create(Category, {
        groupId,
        code: input.code,
        label: input.label,
        kind: input.kind,
        department: input.department,
        description: input.description ?? '',
        sortOrder,
      });
    });
  } catch (error) {
    // Two requests racing past the pre-check: the unique index answers like the pre-check.
    if (error instanceof UniqueConstraintViolationException) throw badInput('code', `编码 ${input.code} 已被其他分类使用`);
    throw error;
  }
}

/** Code and kind stay fixed: complaints refer to the code, and moving a class between taxonomies would misfile them. */
export async function updateCategory(ctx: Context, rawInput: UpdateCategoryInput): Promise<Category> {
  const input = parseInput(updateCategorySchema, rawInput);
  const id = idOf('Category', input.id, 'id');
  return ctx.em.transactional(async (em) => {
    // Locked so that two edits of the same version cannot both pass the version check.
    const category = await em.findOne(Category, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!category) throw notFound('分类');
    if (!ctx.ability.can('update', category)) throw forbidden(ADMIN_ONLY);
    if (input.version !== category.version) throw staleVersion('分类');
    if (input.label != null) category.label = input.label;
    if (input.department != null) category.department = input.department;
    if (input.description != null) category.description = input.description;
    if (input.active != null) category.active = input.active;
    if (input.sortOrder != null) category.sortOrder = input.sortOrder;
    return category;
  });
}
