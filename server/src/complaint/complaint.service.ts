import { subject } from '@kesu/permissions';
import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { ComplaintCommand, OrgLevel } from '@kesu/domain';
import { Category } from '../category/category.entity.js';
import { paginate, type ConnectionArgs } from '../graphql/connection.js';
import { actorOf, type Context } from '../graphql/context.js';
import { badInput } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { containsPattern, startsWithPattern } from '../graphql/like.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { OPEN_STATES } from '../reporting/report-scope.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import type { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Complaint } from './complaint.entity.js';
import type { ComplaintEventRecord, ComplaintRecord } from './complaint-record.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { ReturnVisit } from './return-visit.entity.js';
import { runTransition, type TransitionEffects } from './complaint-transition.service.js';
import { holderOf } from './complaint-intake.service.js';
import {
  archiveSchema,
  concludeSchema,
  convertSchema,
  escalateSchema,
  exemptSchema,
  extendSchema,
  externalReviewSchema,
  internalReviewSchema,
  invalidSchema,
  overrideGradeSchema,
  reclassifySchema,
  reopenSchema,
  respondSchema,
  ownerRatingSchema,
  returnVisitSchema,
  startHandlingSchema,
  type ComplaintFilter,
} from './complaint.inputs.js';

// ---------------------------------------------------------------- reading

/** The states `complaint_open_next_due_idx` covers (its `where`); the same list as the reports' `OPEN_STATES`. */
const OPEN_INDEXED = new Set<string>(OPEN_STATES);

/**
 * `{ project: { path: { $like: p } } }` (a join to org_unit) rewritten as `project_id = any(array(select id from
 * org_unit where path like p))`: the same rows (project is never null), but the project ids become an index
 * condition, so `complaint_open_next_due_idx` returns a scope's open complaints already in list order and checks the
 * project in the index. With the join PostgreSQL cannot know how many complaints one project has and top-N sorts
 * all of a large project's open complaints (docs/performance.md "SQL and indexes"). Used only when every status
 * asked for is in that index: elsewhere a broad scope given this way misleads the planner.
 */
function projectPathAsIds(condition: unknown): unknown {
  if (Array.isArray(condition)) return condition.map(projectPathAsIds);
  if (condition === null || typeof condition !== 'object') return condition;
  const result: Record<string, unknown> = {};
  const inProjects: unknown[] = [];
  for (const [key, value] of Object.entries(condition as Record<string, unknown>)) {
    const pattern = key === 'project' ? pathLikeOnly(value) : undefined;
    if (pattern === undefined) {
      result[key] = key === '$and' || key === '$or' || key === '$not' ? projectPathAsIds(value) : value;
      continue;
    }
    const ids = raw(
      (alias: string) => `${alias}.project_id = any(array(select scope_unit.id from org_unit as scope_unit where scope_unit.path like ?))`,
      [pattern],
    );
    inProjects.push({ [ids]: [] });
  }
  if (inProjects.length) result.$and = [...((result.$and as unknown[] | undefined) ?? []), ...inProjects];
  return result;
}

/** The pattern of `{ path: { $like: pattern } }` and nothing else, or undefined. */
function pathLikeOnly(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1 || entries[0]![0] !== 'path') return undefined;
  const operand = entries[0]![1];
  if (operand === null || typeof operand !== 'object') return undefined;
  const ops = Object.entries(operand as Record<string, unknown>);
  return ops.length === 1 && ops[0]![0] === '$like' && typeof ops[0]![1] === 'string' ? ops[0]![1] : undefined;
}

export async function listComplaints(ctx: Context, args: ConnectionArgs, filter: ComplaintFilter | null | undefined) {
  const openOnly = Boolean(filter?.status?.length && filter.status.every((status) => OPEN_INDEXED.has(status)));
  const unit = filter?.orgUnitId ? await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', filter.orgUnitId, 'filter.orgUnitId') }) : undefined;
  const search = filter?.search?.trim();
  // Made anew for each statement (page, totalCount): the raw() fragments inside are consumed once used.
  const where = (): FilterQuery<Complaint> => {
    const scope = scopeFilter(ctx.ability, 'read', 'Complaint');
    const all: FilterQuery<Complaint>[] = [(openOnly ? projectPathAsIds(scope) : scope) as FilterQuery<Complaint>];
    if (filter?.status?.length) all.push({ status: { $in: filter.status } });
    if (filter?.kind?.length) all.push({ kind: { $in: filter.kind } });
    if (filter?.gradeCodes?.length) all.push({ gradeCode: { $in: filter.gradeCodes } });
    if (filter?.categoryCodes?.length) all.push({ category: { code: { $in: filter.categoryCodes } } });
    if (filter?.overdue != null) all.push({ overdue: filter.overdue });
    if (filter?.receivedFrom) all.push({ receivedAt: { $gte: filter.receivedFrom } });
    if (filter?.receivedTo) all.push({ receivedAt: { $lt: filter.receivedTo } });
    if (unit) {
      const inUnit = { project: { path: { $like: startsWithPattern(unit.path) } } };
      all.push((openOnly ? projectPathAsIds(inUnit) : inUnit) as FilterQuery<Complaint>);
    } else if (unit === null) {
      all.push({ id: { $in: [] } });
    }
    if (search) {
      const pattern = containsPattern(search);
      all.push({
        $or: [
          { number: { $ilike: pattern } },
          { title: { $ilike: pattern } },
          { description: { $ilike: pattern } },
          // Customer names live in a JSON array: match the names only (a phone the caller may not read must not
          // be findable by typing it).
          { [raw((alias: string) => `exists (select 1 from jsonb_array_elements(${alias}.customers) as customer where customer->>'name' ilike ?)`, [pattern])]: [] } as FilterQuery<Complaint>,
        ],
      });
    }
    return { $and: all };
  };
  return paginate<Complaint, ComplaintRecord>({ em: ctx.em, entity: Complaint, where, args, sortBy: 'nextDueAt', asRecords: true });
}

export async function findReadableComplaint(ctx: Context, id: string): Promise<Complaint | null> {
  return ctx.em.findOne(Complaint, { $and: [{ id }, scopeFilter(ctx.ability, 'read', 'Complaint')] } as FilterQuery<Complaint>);
}

export function listEvents(ctx: Context, complaint: { id: string }, args: ConnectionArgs) {
  // An owner sees the entries meant for customers, never internal notes and steps.
  const where = ctx.viewer?.owner ? { complaint: complaint.id, public: true } : { complaint: complaint.id };
  return paginate<ComplaintEvent, ComplaintEventRecord>({ em: ctx.em, entity: ComplaintEvent, where, args, sortBy: 'id', asRecords: true });
}

/** Customer phones shown as `138****5678` unless the caller may read contact data of this complaint. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function canReadContact(ctx: Context, complaint: Pick<ComplaintRecord, 'groupVisible'>, project: OrgUnit): boolean {
  return ctx.ability.can('readContact', subject('Complaint', { project, groupVisible: complaint.groupVisible }));
}

// ---------------------------------------------------------------- transitions

const HANDLER_ROLE_AT: Partial<Record<OrgLevel, RoleAssignment['role']>> = {
  CITY: 'CITY_HEAD',
  AREA: 'AREA_HEAD',
  REGION: 'REGION_CR_EXECUTIVE',
  GROUP: 'GROUP_CR',
  PROJECT: 'PROJECT_HEAD',
};

/** Who handles at a unit that takes a complaint over (首问负责制 / 一把手责任制, EG 售后服务 第四、五条). */
async function handlerAt(em: EntityManager, unit: OrgUnit): Promise<User | null> {
  const role = HANDLER_ROLE_AT[unit.level];
  return role ? holderOf(em, role, unit) : null;
}

export function respond(ctx: Context, raw: unknown) {
  const input = parseInput(respondSchema, raw);
  return runTransition(ctx, input, { action: 'RESPOND', note: input.note ?? undefined }, {
    reason: input.note,
    publicEvent: true,
    apply: (c, _em, { now }) => void (c.respondedAt ??= now),
  });
}

export function startHandling(ctx: Context, raw: unknown) {
  const input = parseInput(startHandlingSchema, raw);
  return runTransition(ctx, input, { action: 'START_HANDLING', plan: input.plan ?? undefined }, {
    reason: input.plan,
    publicEvent: true,
    apply: (c, _em, { now }) => {
      c.handlingStartedAt ??= now;
      c.respondedAt ??= now;
    },
  });
}

/** The unit that takes over: the nearest ancestor at the level the machine chose (RULES.md §6 升级). */
export function escalationEffects(reason: string | null): TransitionEffects {
  return {
    reason,
    publicEvent: true,
    apply: async (c, em, { ancestors, now, nextLevel }) => {
      const target = nextLevel ? ancestors.find((unit) => unit.level === nextLevel) : undefined;
      if (!target) return;
      c.owningUnit = target;
      c.escalatedAt = now;
      if (target.level === 'GROUP') c.groupVisible = true;
      const handler = await handlerAt(em, target);
      if (handler) c.handler = handler;
    },
  };
}

export function escalate(ctx: Context, raw: unknown) {
  const input = parseInput(escalateSchema, raw);
  const effects = escalationEffects(input.note ?? null);
  return runTransition(ctx, input, { action: 'ESCALATE', reason: input.reason, note: input.note ?? undefined }, { ...effects, data: { reason: input.reason } });
}

export function startInternalReview(ctx: Context, raw: unknown) {
  const input = parseInput(internalReviewSchema, raw);
  return runTransition(ctx, input, { action: 'START_INTERNAL_REVIEW', note: input.note ?? undefined }, { reason: input.note });
}

export function startExternalReview(ctx: Context, raw: unknown) {
  const input = parseInput(externalReviewSchema, raw);
  return runTransition(ctx, input, { action: 'START_EXTERNAL_REVIEW', method: input.method, note: input.note ?? undefined }, { reason: input.note, publicEvent: true });
}

export async function conclude(ctx: Context, raw: unknown) {
  const input = parseInput(concludeSchema, raw);
  const command = (c: Complaint): ComplaintCommand => ({
    action: 'CONCLUDE',
    planApproved: input.planApproved,
    acceptingHouseholds: input.acceptingHouseholds,
    totalHouseholds: c.householdCount,
    bindingDecision: input.bindingDecision ?? undefined,
    confirmationScore: input.confirmationScore ?? null,
    summary: input.summary ?? undefined,
  });
  return runTransition(ctx, input, command, {
    reason: input.summary,
    publicEvent: true,
    apply: (c, _em, { now }) => {
      c.concludedAt = now;
      c.acceptingShare = c.householdCount > 0 ? input.acceptingHouseholds / c.householdCount : null;
    },
  });
}

export function recordReturnVisit(ctx: Context, raw: unknown) {
  return returnVisit(ctx, parseInput(returnVisitSchema, raw));
}

/**
 * The owner rates the outcome in the property app when asked (the complaint is concluded and awaits its return
 * visit): recorded as a return visit of method APP, with the same follow-up when they are not satisfied.
 */
export function submitOwnerRating(ctx: Context, raw: unknown) {
  const input = parseInput(ownerRatingSchema, raw);
  return returnVisit(ctx, { id: input.id, version: input.version, method: 'APP', score: input.score, suggestions: input.comment }, (c, ability) => ability.can('rate', c));
}

function returnVisit(
  ctx: Context,
  input: z.output<typeof returnVisitSchema> | (Pick<z.output<typeof returnVisitSchema>, 'id' | 'version' | 'score' | 'suggestions'> & { method: 'APP' }),
  authorize?: TransitionEffects['authorize'],
) {
  const details = 'serviceQuality' in input ? input : { serviceQuality: null, serviceEffect: null, shortcomings: null };
  return runTransition(ctx, input, { action: 'RECORD_RETURN_VISIT', method: input.method, score: input.score }, {
    publicEvent: true,
    authorize,
    data: { method: input.method, score: input.score },
    apply: (c, em, { now }) => {
      c.returnVisitedAt = now;
      em.create(ReturnVisit, {
        complaint: c,
        method: input.method,
        score: input.score,
        serviceQuality: details.serviceQuality ?? null,
        serviceEffect: details.serviceEffect ?? null,
        shortcomings: details.shortcomings ?? null,
        suggestions: input.suggestions ?? null,
        visitor: actorOf(ctx).actor,
        visitedAt: now,
      });
    },
    // RULES.md §6: if the customer is still unsatisfied, the responsible party takes remedial action.
    followUp: (c) =>
      c.lastReturnVisit && !c.lastReturnVisit.satisfied
        ? { command: { action: 'REOPEN', reason: `回访评分 ${input.score} 分，客户不满意` }, effects: { reason: `回访评分 ${input.score} 分，客户不满意，重新处理`, publicEvent: true, apply: (r, _em, { now }) => reopenedNow(r, now) } }
        : null,
  });
}

function reopenedNow(c: Complaint, now: Date) {
  c.reopenedAt = now;
  c.concludedAt = null;
  c.returnVisitedAt = null;
}

export function reopen(ctx: Context, raw: unknown) {
  const input = parseInput(reopenSchema, raw);
  return runTransition(ctx, input, { action: 'REOPEN', reason: input.reason }, { reason: input.reason, publicEvent: true, apply: (c, _em, { now }) => reopenedNow(c, now) });
}

export function extendDeadline(ctx: Context, raw: unknown) {
  const input = parseInput(extendSchema, raw);
  return runTransition(ctx, input, { action: 'EXTEND_DEADLINE', newDueAt: input.newDueAt.toISOString(), reason: input.reason }, {
    reason: input.reason,
    publicEvent: true,
    apply: (c, _em, { now }) => {
      c.extensions = [...(c.extensions ?? []), { grantedAt: now.toISOString(), newDueAt: input.newDueAt.toISOString(), reason: input.reason }];
    },
  });
}

export function exemptDeadline(ctx: Context, raw: unknown) {
  const input = parseInput(exemptSchema, raw);
  const exemption = { reason: input.reason, note: input.note, purchaseAmount: input.purchaseAmount ?? null };
  return runTransition(ctx, input, { action: 'GRANT_EXEMPTION', exemption }, { reason: input.note, apply: (c) => void (c.exemption = exemption) });
}

export async function overrideGrade(ctx: Context, raw: unknown) {
  const input = parseInput(overrideGradeSchema, raw);
  const probe = await ctx.em.findOne(Complaint, { id: idOf('Complaint', input.id, 'id') }, { populate: ['gradeScheme', 'project'] });
  // As in reclassify: the grade codes of a scheme are news only to a caller who may change the complaint.
  const mayChange = probe !== null && ctx.ability.can('update', probe);
  const grade = mayChange ? probe.gradeScheme.scheme.grades.find((g) => g.code === input.gradeCode) : undefined;
  if (mayChange && !grade) throw badInput('gradeCode', `分级标准中没有等级 ${input.gradeCode}`);
  return runTransition(ctx, input, {
    action: 'OVERRIDE_GRADE',
    gradeCode: input.gradeCode,
    requiresAccountability: grade?.policy.requiresAccountability ?? false,
    reason: input.reason,
  }, {
    reason: input.reason,
    data: { fromGrade: probe?.gradeCode, toGrade: input.gradeCode },
    apply: (c) => {
      if (!grade) return;
      c.gradeCode = grade.code;
      c.gradeLabel = grade.label;
      c.gradeRank = grade.rank;
      c.gradeOverridden = true;
      if (grade.policy.notifyGroupImmediately) c.groupVisible = true;
    },
  });
}

export function markInvalid(ctx: Context, raw: unknown) {
  const input = parseInput(invalidSchema, raw);
  return runTransition(ctx, input, { action: 'MARK_INVALID', reason: input.reason }, { reason: input.reason, publicEvent: true });
}

export function convertWarning(ctx: Context, raw: unknown) {
  const input = parseInput(convertSchema, raw);
  return runTransition(ctx, input, { action: 'CONVERT_WARNING', note: input.note ?? undefined }, {
    reason: input.note,
    // The clock of a converted warning starts at the conversion (deadlines of `@kesu/domain`).
    apply: (c, _em, { now }) => void (c.receivedAt = now),
  });
}

export async function reclassify(ctx: Context, raw: unknown) {
  const input = parseInput(reclassifySchema, raw);
  const probe = await ctx.em.findOne(Complaint, { id: idOf('Complaint', input.id, 'id') }, { populate: ['project'] });
  // Only a caller who may change the complaint hears about its category: anyone else gets runTransition's refusal,
  // not a BAD_USER_INPUT that tells them the complaint exists.
  const mayChange = probe !== null && ctx.ability.can('update', probe);
  const category = mayChange ? await ctx.em.findOne(Category, { groupId: probe.groupId, code: input.categoryCode, active: true, kind: input.toKind }) : null;
  if (mayChange && !category) throw badInput('categoryCode', `分类 ${input.categoryCode} 不存在或不适用于${input.toKind === 'DEMAND' ? '需求' : '投诉'}`);
  return runTransition(ctx, input, { action: 'RECLASSIFY', toKind: input.toKind, reason: input.reason }, {
    reason: input.reason,
    data: { fromCategory: probe?.category.id, toCategory: input.categoryCode },
    apply: (c) => void (category && (c.category = category)),
  });
}

export function archive(ctx: Context, raw: unknown) {
  const input = parseInput(archiveSchema, raw);
  return runTransition(ctx, input, { action: 'ARCHIVE', reason: input.reason ?? undefined, unsatisfiedVisitReason: input.reason ?? undefined }, {
    reason: input.reason,
    apply: (c, _em, { now }) => void (c.archivedAt = now),
  });
}
