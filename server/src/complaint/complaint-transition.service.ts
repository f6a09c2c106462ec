import {
  CalendarYearMissingError,
  decide,
  type ComplaintCommand,
  type GradePolicy,
  type OrgLevel,
} from '@kesu/domain';
import type { AppAbility } from '@kesu/permissions';
import { OptimisticLockError, type EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type Context } from '../graphql/context.js';
import { AppError, badInput, forbidden, notFound, staleVersion } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import type { User } from '../identity/user.entity.js';
import type { ApiClient } from '../partner/api-client.entity.js';
import { groupSettingsOf } from '../org/group-settings.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { loadWorkingCalendar } from '../sla/calendar.service.js';
import { Complaint } from './complaint.entity.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { ancestorsNearestFirst } from './complaint-intake.service.js';
import { applySnapshot, refreshDeadlines, snapshotOf } from './complaint-snapshot.js';

/** A command, or one built from the loaded complaint (conclusion needs its household count). */
export type CommandFor = ComplaintCommand | ((complaint: Complaint) => ComplaintCommand);

/** What a transition may do beyond the state machine's snapshot: timestamps, owning unit, side records. */
export interface TransitionEffects {
  /** Runs inside the transaction after the decision, before deadlines are recomputed. */
  apply?: (complaint: Complaint, em: EntityManager, context: { ancestors: OrgUnit[]; now: Date; nextLevel: OrgLevel | null }) => Promise<void> | void;
  /** Reason stored on the event. */
  reason?: string | null;
  /** Extra event data. */
  data?: Record<string, unknown>;
  /** Shown to the owner in the property app. */
  publicEvent?: boolean;
  /** A second transition the first one entails (an unsatisfied visit reopens), in the same transaction. */
  followUp?: (complaint: Complaint) => { command: ComplaintCommand; effects: TransitionEffects } | null;
  /**
   * Who may take this transition, replacing the default "may update the complaint": accountability is recorded and
   * enforced under its own rules (performance management enforces without handling complaints).
   */
  authorize?: (complaint: Complaint, ability: AppAbility) => boolean;
}

/** The policy of the complaint's current grade, from the scheme version it was graded under. */
export function policyOf(complaint: Complaint): GradePolicy {
  const grade = complaint.gradeScheme.scheme.grades.find((g) => g.code === complaint.gradeCode);
  if (!grade) throw new Error(`grade ${complaint.gradeCode} missing from scheme ${complaint.gradeScheme.id}`);
  return grade.policy;
}

/**
 * Every named transition goes through here (API.md "Transitions"): CASL on the complaint's subtree, the version
 * the caller saw, the state machine's guard, then the change, the recomputed deadlines and the event in one
 * transaction. A concurrent change between our read and our write fails the versioned UPDATE: CONFLICT.
 */
export async function runTransition(
  ctx: Context,
  input: { id: string; version: number },
  command: CommandFor,
  effects: TransitionEffects = {},
): Promise<Complaint> {
  const id = idOf('Complaint', input.id, 'id');
  try {
    return await ctx.em.transactional(async (em) => {
      const complaint = await em.findOne(Complaint, { id }, { populate: ['project', 'owningUnit', 'gradeScheme'] });
      if (!complaint) throw notFound('投诉');
      const allowed = effects.authorize ? effects.authorize(complaint, ctx.ability) : ctx.ability.can('update', complaint);
      if (!allowed) throw forbidden('该投诉不在您的处理范围内');
      if (complaint.version !== input.version) throw staleVersion('投诉');
      await applyDecision(em, complaint, command, effects, actorOf(ctx));
      const next = effects.followUp?.(complaint);
      if (next) await applyDecision(em, complaint, next.command, next.effects, actorOf(ctx));
      return complaint;
    });
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleVersion('投诉');
    throw error;
  }
}

/** The shared core, also used by the clock (no actor). The complaint must be loaded with its relations. */
export async function applyDecision(
  em: EntityManager,
  complaint: Complaint,
  commandFor: CommandFor,
  effects: TransitionEffects,
  by: { actor: User | null; actorClient: ApiClient | null } | null,
  now: Date = new Date(),
): Promise<Complaint> {
  const command = typeof commandFor === 'function' ? commandFor(complaint) : commandFor;
  const settings = await groupSettingsOf(em, complaint.groupId);
  const ancestors = await ancestorsNearestFirst(em, complaint.owningUnit);
  const decision = decide(snapshotOf(complaint, complaint.owningUnit.level), command, {
    escalationChain: settings.escalationChain,
    ancestorLevels: ancestors.map((unit) => unit.level),
    satisfiedScore: settings.satisfiedScore,
    demandSampleRate: settings.demandSampleRate,
    minAcceptanceShare: settings.minAcceptanceShare,
    timeLimits: complaint.gradeScheme.timeLimits,
  });
  if (!decision.ok) {
    throw new AppError('BAD_USER_INPUT', decision.reason, { field: 'id', rule: decision.code, action: command.action });
  }
  const before = complaint.status;
  applySnapshot(complaint, decision.snapshot);
  await effects.apply?.(complaint, em, { ancestors, now, nextLevel: decision.snapshot.level !== complaint.owningUnit.level ? decision.snapshot.level : null });
  try {
    refreshDeadlines(complaint, await loadWorkingCalendar(em, complaint.groupId), complaint.gradeScheme.timeLimits, policyOf(complaint));
  } catch (error) {
    if (error instanceof CalendarYearMissingError) throw badInput('id', error.message);
    throw error;
  }
  em.create(ComplaintEvent, {
    complaint,
    type: decision.event.type,
    actor: by?.actor ?? null,
    actorClient: by?.actorClient ?? null,
    occurredAt: now,
    fromStatus: before,
    toStatus: complaint.status,
    reason: effects.reason ?? null,
    public: effects.publicEvent ?? false,
    data: { before: decision.event.before, after: decision.event.after, ...decision.event.data, ...effects.data },
  });
  await em.flush();
  return complaint;
}
