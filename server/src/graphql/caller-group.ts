import { groupIdOf } from '@kesu/permissions';
import type { Context } from './context.js';
import { forbidden } from './errors.js';

/**
 * The group (tenant root) whose configuration — taxonomy, grade schemes, calendar — the caller works with. A person
 * belongs to one group; should their grants ever span several, the first (oldest) grant decides.
 */
export function callerGroupId(ctx: Context): string {
  // A partner app (and an owner through it) belongs to the group of the unit it was set up for.
  const path = ctx.viewer?.grants[0]?.orgPath ?? ctx.viewer?.client?.orgUnit.path;
  if (!path) throw forbidden('您没有任何角色授权，不属于任何集团');
  return groupIdOf(path);
}
