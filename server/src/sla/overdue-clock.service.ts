import { grade, type ComplaintState } from '@kesu/domain';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Complaint } from '../complaint/complaint.entity.js';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { compiledScheme } from '../complaint/complaint-intake.service.js';
import { escalationEffects } from '../complaint/complaint.service.js';
import { applyDecision } from '../complaint/complaint-transition.service.js';
import { storedComplaintFacts } from '../grading/complaint-grading.js';
import { AppError } from '../graphql/errors.js';

/** States in which the resolution clock runs (before 事件完结). */
const CLOCK_RUNNING: ComplaintState[] = ['REGISTERED', 'RESPONDED', 'HANDLING', 'ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'];

export interface ClockResult {
  markedOverdue: number;
  gradeRaised: number;
  escalated: number;
}

/**
 * The resolution clock (RULES.md §5, §6): every complaint past its limit without a conclusion is marked overdue,
 * re-graded with "overdue" as a fact (XX 4.1.2.1: an overdue general complaint becomes major) and escalated to
 * the next level, which restarts its clock at the escalated limit; each step is an event by the system.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several instances running it at once never double-process.
 */
export async function runOverdueClock(
  orm: MikroORM,
  now: Date = new Date(),
  options: { batchSize?: number; onChanged?: (complaint: Complaint) => void } = {},
): Promise<ClockResult> {
  const batchSize = options.batchSize ?? 100;
  const result: ClockResult = { markedOverdue: 0, gradeRaised: 0, escalated: 0 };
  for (;;) {
    const changed: Complaint[] = [];
    const processed = await orm.em.fork().transactional(async (em) => {
      const due: { id: string }[] = await em.execute(
        `select id from complaint
         where overdue = false and resolution_due_at < ? and status in (${CLOCK_RUNNING.map(() => '?').join(', ')})
         order by resolution_due_at limit ? for update skip locked`,
        [now, ...CLOCK_RUNNING, batchSize],
      );
      for (const { id } of due) {
        const complaint = await em.findOneOrFail(Complaint, { id }, { populate: ['project', 'owningUnit', 'gradeScheme', 'category'] });
        changed.push(complaint);
        complaint.overdue = true;
        em.create(ComplaintEvent, {
          complaint,
          type: 'MARKED_OVERDUE',
          occurredAt: now,
          fromStatus: complaint.status,
          toStatus: complaint.status,
          reason: '超过处理时限仍未完结',
          data: { resolutionDueAt: complaint.resolutionDueAt?.toISOString() ?? null },
        });
        result.markedOverdue++;

        const regraded = grade(compiledScheme(complaint.gradeScheme.scheme), storedComplaintFacts(complaint, complaint.category.code, true));
        if (regraded.grade.rank > complaint.gradeRank && !complaint.gradeOverridden) {
          em.create(ComplaintEvent, {
            complaint,
            type: 'GRADE_RAISED',
            occurredAt: now,
            fromStatus: complaint.status,
            toStatus: complaint.status,
            reason: regraded.explanation,
            data: { fromGrade: complaint.gradeCode, toGrade: regraded.grade.code },
          });
          complaint.gradeCode = regraded.grade.code;
          complaint.gradeLabel = regraded.grade.label;
          complaint.gradeRank = regraded.grade.rank;
          complaint.gradeExplanation = regraded.fired.map((rule) => ({ gradeCode: rule.gradeCode, ruleId: rule.ruleId, text: rule.description }));
          complaint.requiresAccountability ||= regraded.policy.requiresAccountability;
          if (regraded.policy.notifyGroupImmediately) complaint.groupVisible = true;
          result.gradeRaised++;
        }
        await em.flush();

        try {
          await applyDecision(em, complaint, { action: 'ESCALATE', reason: 'OVERDUE' }, { ...escalationEffects('超过处理时限，自动升级'), data: { reason: 'OVERDUE' } }, null, now);
          // A new, later limit runs from the take-over: not overdue against it (yet).
          complaint.overdue = (complaint.resolutionDueAt?.getTime() ?? Infinity) < now.getTime();
          await em.flush();
          result.escalated++;
        } catch (error) {
          // At the top of the chain (or in a state that cannot escalate) it stays overdue where it is.
          if (!(error instanceof AppError)) throw error;
        }
      }
      return due.length;
    });
    // Announced only once committed.
    for (const complaint of changed) options.onChanged?.(complaint);
    if (processed < batchSize) return result;
  }
}
