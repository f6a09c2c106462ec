import {
  CHANNEL_LABELS,
  COMPLAINT_EVENT_TYPE_LABELS,
  COMPLAINT_FLAG_LABELS,
  formatYuan,
  shanghaiDateOf,
  shanghaiParts,
  type ComplaintEventType,
} from '@kesu/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Accountability } from '../accountability/accountability.entity.js';
import { PENALTY_LABELS } from '../accountability/accountability.enums.js';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import type { Complaint } from '../complaint/complaint.entity.js';
import type { CaseContent } from './case-revision.entity.js';

/** States after 事件完结 (CG §3.2): only these complaints can become cases. */
export const CONCLUDED_STATES = new Set(['CONCLUDED', 'RETURN_VISITED', 'ACCOUNTABILITY', 'ARCHIVED']);

/**
 * A first draft of a case from a concluded complaint (案例沉淀应用, CG §4.6): background from the intake, the
 * handling process from the timeline, the result from conclusion and return visit, the cause from the
 * accountability record. Lessons and preventive measures are left for the author. Customer data is still in
 * here — the caller strips it before anything is stored. `complaint` must have project and category loaded.
 */
export async function draftFromComplaint(em: EntityManager, complaint: Complaint): Promise<CaseContent> {
  const events = await em.find(ComplaintEvent, { complaint }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  const accountability = await em.findOne(Accountability, { complaint }, { populate: ['parties'] });
  const flags = complaint.flags.map((flag) => COMPLAINT_FLAG_LABELS[flag]);
  const households = complaint.householdCount > 1 ? `${complaint.householdCount} 户业主` : '业主';
  const compensation = Number(complaint.compensationFen) > 0 ? `，涉及赔付或处理金额 ${formatYuan(Number(complaint.compensationFen))} 元` : '';

  const background = [
    `${shanghaiDateOf(complaint.receivedAt)}，${complaint.project.name}的${households}通过${CHANNEL_LABELS[complaint.channel]}反映：${complaint.description}`,
    `事件分类为${complaint.category.label}，定级为${complaint.gradeLabel}${flags.length ? `（${flags.join('、')}）` : ''}${compensation}。`,
  ].join('\n');

  const handlingProcess = events
    .map((event) => {
      const label = COMPLAINT_EVENT_TYPE_LABELS[event.type as ComplaintEventType] ?? event.type;
      return `${shanghaiDateOf(event.occurredAt)} ${label}${event.reason ? `：${event.reason}` : ''}`;
    })
    .join('\n');

  const concluded = [...events].reverse().find((event) => event.type === 'COMPLAINT_CONCLUDED');
  const visit = complaint.lastReturnVisit;
  const result = [
    concluded?.reason ? `处理结果：${concluded.reason}。` : '事件已完结。',
    complaint.acceptingShare !== null ? `接受处理方案的业主占 ${Math.round(complaint.acceptingShare * 100)}%。` : '',
    visit ? `回访评分 ${visit.score} 分，客户${visit.satisfied ? '满意' : '不满意'}。` : '',
  ].join('');

  const causeAnalysis = accountability
    ? [
        `问责追责结论：${accountability.conclusion}`,
        ...accountability.parties.getItems().map((party) => {
          const fine = party.penalty === 'FINE' ? ` ${formatYuan(Number(party.fineFen))} 元` : '';
          return `责任方 ${party.name}：责任 ${party.sharePercent}%，${PENALTY_LABELS[party.penalty]}${fine}`;
        }),
      ].join('\n')
    : '';

  return {
    title: `${complaint.project.name}：${complaint.title}`,
    background,
    handlingProcess,
    result,
    causeAnalysis,
    lessonsLearned: '',
    preventiveMeasures: '',
    tags: [...new Set([complaint.category.label, complaint.gradeLabel, ...flags])],
    categoryCode: complaint.category.code,
    gradeCode: complaint.gradeCode,
    year: shanghaiParts(complaint.receivedAt).year,
  };
}
