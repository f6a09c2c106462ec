import { createHash } from 'node:crypto';
import {
  CalendarYearMissingError,
  COMPLAINT_FLAGS,
  compileGradeScheme,
  formatComplaintNumber,
  grade,
  initialSnapshot,
  numberingSequenceKey,
  parseYuan,
  taxonomyKindFor,
  type CompiledGradeScheme,
  type GradeScheme,
  type OrgLevel,
} from '@kesu/domain';
import { ownerKeyOf, subject } from '@kesu/permissions';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../category/category.entity.js';
import { actorOf, type Context, type OwnerIdentity } from '../graphql/context.js';
import { badInput, conflict, forbidden } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { parseInput } from '../graphql/validation.js';
import { firstResponsibleFor } from '../identity/first-responsible.service.js';
import { RoleAssignment } from '../identity/role-assignment.entity.js';
import type { User } from '../identity/user.entity.js';
import { resolveSchemeVersion } from '../grading/grade-scheme.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { loadWorkingCalendar } from '../sla/calendar.service.js';
import { Complaint, type EmergencyTeam } from './complaint.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { createComplaintSchema, type CreateComplaintInput } from './complaint.inputs.js';
import { refreshDeadlines } from './complaint-snapshot.js';

const IDEMPOTENCY_WINDOW_MS = 24 * 3600 * 1000;
/** A phone's clock may run a little ahead of ours; more than this in the future is a mistake. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const EMERGENCY_DEPARTMENTS = ['CUSTOMER_RELATIONS', 'MEDIA', 'MARKETING', 'LEGAL', 'DEVELOPMENT'];

const compiled = new WeakMap<GradeScheme, CompiledGradeScheme>();
export function compiledScheme(scheme: GradeScheme): CompiledGradeScheme {
  let hit = compiled.get(scheme);
  if (!hit) compiled.set(scheme, (hit = compileGradeScheme(scheme)));
  return hit;
}

/** The ancestors of a unit, nearest first (for escalation targets). */
export async function ancestorsNearestFirst(em: EntityManager, unit: OrgUnit): Promise<OrgUnit[]> {
  const ancestors = await em.find(OrgUnit, { id: { $in: unit.ancestorIds() } });
  return ancestors.sort((a, b) => b.depth - a.depth);
}

/** The earliest active holder of `role` at `unit` (stable when several hold it). */
export async function holderOf(em: EntityManager, role: RoleAssignment['role'], unit: OrgUnit | undefined): Promise<User | null> {
  if (!unit) return null;
  const grant = await em.findOne(RoleAssignment, { role, orgUnit: unit, user: { active: true } }, { populate: ['user'], orderBy: { createdAt: 'asc', id: 'asc' } });
  return grant?.user ?? null;
}

/** The payload without the key, in a canonical order: "the same payload" for idempotency. */
function payloadHash(input: Record<string, unknown>): string {
  const { idempotencyKey: _key, ...rest } = input;
  const canonical = JSON.stringify(rest, (_k, value) =>
    value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * An owner files for their own room only, through the app: whatever the app sent, the customer is the owner the
 * token names, the channel is APP and the count is their one household. A warning is staff's business.
 */
function filedByOwner<T extends { kind: string; customers: { name: string; phone?: string | null; room?: string | null }[] }>(input: T, owner: OwnerIdentity): T {
  if (input.kind === 'WARNING') throw badInput('kind', '业主只能提交投诉或需求');
  const name = input.customers[0]?.name?.trim() || '业主';
  return { ...input, channel: 'APP', householdCount: 1, customers: [{ name, phone: owner.phone, room: owner.room }] };
}

/** The owner keys of the customers named with phone and room (see `Complaint.ownerKeys`). */
export function ownerKeysOf(projectId: string, customers: readonly { phone?: string | null; room?: string | null }[]): string[] {
  const keys = customers.filter((c) => c.phone && c.room).map((c) => ownerKeyOf(projectId, c.phone!, c.room!));
  return [...new Set(keys)];
}

/**
 * Intake (受理, RULES.md §6): validates, grades with the scheme version in force, computes the deadlines, names the
 * first responsible person and the handler, numbers the record and writes it with its creating event, all in one
 * transaction. With an idempotency key the same caller gets the same complaint back for 24 hours.
 */
export async function createComplaint(ctx: Context, rawInput: CreateComplaintInput): Promise<{ complaint: Complaint; created: boolean }> {
  const parsed = parseInput(createComplaintSchema, rawInput);
  const input = ctx.viewer?.owner ? filedByOwner(parsed, ctx.viewer.owner) : parsed;
  const now = new Date();
  if (input.receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badInput('receivedAt', '受理时间不能晚于当前时间');
  const compensationFen = parseYuan(input.compensationAmount ?? '0');
  const flags = COMPLAINT_FLAGS.filter((flag) => input.flags?.includes(flag));
  const householdCount = input.householdCount ?? input.customers.length;
  // Idempotency keys are the caller's own namespace: a person's, or a partner app's (shared by its owners).
  const caller = actorOf(ctx);
  const scope = caller.actor ? `user:${caller.actor.id}` : `client:${caller.actorClient?.id ?? ''}`;
  const hash = input.idempotencyKey ? payloadHash({ ...input, receivedAt: input.receivedAt.toISOString() }) : null;

  if (input.idempotencyKey) {
    const previous = await findByIdempotencyKey(ctx.em, scope, input.idempotencyKey, hash!, now);
    if (previous) return { complaint: previous, created: false };
  }

  const project = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', input.projectId, 'projectId') });
  if (!project) throw badInput('projectId', '项目不存在');
  if (project.level !== 'PROJECT' && project.level !== 'SERVICE_CENTER') {
    throw badInput('projectId', `「${project.name}」不是项目或物业服务中心`);
  }
  if (!ctx.ability.can('create', subject('Complaint', { project }))) throw forbidden('您不能为该项目登记投诉');

  const category = await ctx.em.findOne(Category, { groupId: project.groupId, code: input.categoryCode, active: true });
  if (!category) throw badInput('categoryCode', `分类 ${input.categoryCode} 不存在或已停用`);
  if (category.kind !== taxonomyKindFor(input.kind)) {
    throw badInput('categoryCode', `分类「${category.label}」不适用于${input.kind === 'DEMAND' ? '需求' : '投诉'}`);
  }

  const schemeVersion = await resolveSchemeVersion(ctx.em, project, input.receivedAt);
  if (!schemeVersion) throw badInput('receivedAt', '受理时间早于任何分级标准的生效时间');
  const result = grade(compiledScheme(schemeVersion.scheme), {
    kind: input.kind,
    householdCount,
    compensationAmount: input.compensationAmount ?? null,
    flags,
    overdue: false,
    categoryCode: category.code,
  });
  const calendar = await loadWorkingCalendar(ctx.em, project.groupId);
  const ancestors = await ancestorsNearestFirst(ctx.em, project);
  // A grade that is reported up at once (A-class → group, CG §4.1) is owned there from the start.
  const target = result.policy.escalationTarget;
  const owningUnit = (target && ancestors.find((unit) => unit.level === target)) || project;
  const projectForHead = project.level === 'SERVICE_CENTER' ? ancestors.find((u) => u.level === 'PROJECT') : project;
  const firstResponsible = projectForHead ? await firstResponsibleFor(ctx.em, projectForHead) : null;
  // 首问负责制 / 一把手责任制 (EG 售后服务 第四、五条): a unit above the project puts its CR executive on it.
  const handler = owningUnit === project ? firstResponsible : ((await holderOf(ctx.em, 'REGION_CR_EXECUTIVE', ancestors.find((u) => u.level === 'REGION'))) ?? firstResponsible);
  const region = ancestors.find((unit) => unit.level === 'REGION');
  let emergencyTeam: EmergencyTeam | null = null;
  if (result.policy.startsEmergencyTeam) {
    const leader = await holderOf(ctx.em, 'REGION_PRESIDENT', region);
    emergencyTeam = { leaderUserId: leader?.id ?? null, leaderName: leader?.name ?? null, departments: EMERGENCY_DEPARTMENTS, startedAt: now.toISOString() };
  }

  try {
    return await ctx.em.transactional(async (em) => {
      const serial = await nextSerial(em, numberingSequenceKey(project.groupId, input.kind, input.receivedAt));
      const complaint = em.create(Complaint, {
        groupId: project.groupId,
        number: formatComplaintNumber(input.kind, input.receivedAt, serial),
        kind: input.kind,
        status: initialSnapshot({ id: '', kind: input.kind, level: project.level }).state,
        channel: input.channel,
        title: input.title,
        description: input.description,
        receivedAt: input.receivedAt,
        category,
        project,
        owningUnit,
        customers: input.customers.map((c) => ({ name: c.name, phone: c.phone ?? null, room: c.room ?? null })),
        householdCount,
        compensationFen,
        flags,
        gradeScheme: schemeVersion,
        gradeCode: result.grade.code,
        gradeLabel: result.grade.label,
        gradeRank: result.grade.rank,
        gradeExplanation: result.fired.map((rule) => ({ gradeCode: rule.gradeCode, ruleId: rule.ruleId, text: rule.description })),
        requiresAccountability: result.policy.requiresAccountability,
        firstResponsible,
        handler,
        createdBy: caller.actor,
        createdByClient: caller.actorClient,
        // Keyed by the project even when a service centre took it: owners sign in for their project.
        ownerKeys: ownerKeysOf((projectForHead ?? project).id, input.customers),
        resolutionBasis: 'NONE',
        nextDueAt: now,
        groupVisible: result.policy.notifyGroupImmediately || owningUnit.level === 'GROUP',
        emergencyTeam,
        returnVisitRequired: input.kind !== 'WARNING',
        idempotencyScope: input.idempotencyKey ? scope : null,
        idempotencyKey: input.idempotencyKey ?? null,
        idempotencyHash: hash,
      });
      try {
        refreshDeadlines(complaint, calendar, schemeVersion.timeLimits, result.policy);
      } catch (error) {
        if (error instanceof CalendarYearMissingError) throw badInput('receivedAt', error.message);
        throw error;
      }
      em.create(ComplaintEvent, {
        complaint,
        type: 'COMPLAINT_CREATED',
        actor: caller.actor,
        actorClient: caller.actorClient,
        toStatus: complaint.status,
        public: true,
        data: {
          number: complaint.number,
          grade: { code: result.grade.code, label: result.grade.label, schemeVersion: schemeVersion.version, explanation: result.explanation },
          owningUnit: { id: owningUnit.id, name: owningUnit.name, level: owningUnit.level as OrgLevel },
          handler: handler ? { id: handler.id, name: handler.name } : null,
          emergencyTeam: emergencyTeam ? { leader: emergencyTeam.leaderName, departments: emergencyTeam.departments } : null,
          groupNotified: complaint.groupVisible,
        },
      });
      return { complaint, created: true };
    });
  } catch (error) {
    // Two requests with one key raced past the look-up: the unique index let one in; answer with that one.
    if (error instanceof UniqueConstraintViolationException && input.idempotencyKey) {
      const winner = await findByIdempotencyKey(ctx.em.fork(), scope, input.idempotencyKey, hash!, now);
      if (winner) return { complaint: winner, created: false };
    }
    throw error;
  }
}

async function findByIdempotencyKey(em: EntityManager, scope: string, key: string, hash: string, now: Date): Promise<Complaint | null> {
  const previous = await em.findOne(Complaint, { idempotencyScope: scope, idempotencyKey: key });
  if (!previous) return null;
  if (now.getTime() - previous.createdAt.getTime() > IDEMPOTENCY_WINDOW_MS) {
    // Expired: free the key for this new request; the old complaint keeps everything else.
    await em.nativeUpdate(Complaint, { id: previous.id }, { idempotencyKey: null, idempotencyScope: null });
    return null;
  }
  if (previous.idempotencyHash !== hash) {
    throw conflict(`幂等键 ${key} 已用于另一份内容不同的投诉（${previous.number}），请换一个键`);
  }
  return previous;
}

/** Next serial for a group, kind and month; the row lock serializes concurrent intakes of the same sequence. */
async function nextSerial(em: EntityManager, key: string): Promise<number> {
  const rows: { last_serial: number }[] = await em.execute(
    `insert into complaint_sequence (key, last_serial) values (?, 1)
     on conflict (key) do update set last_serial = complaint_sequence.last_serial + 1
     returning last_serial`,
    [key],
  );
  return rows[0]!.last_serial;
}
