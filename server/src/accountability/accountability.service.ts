import { formatYuan, parseYuan, type ComplaintEventType } from '@kesu/domain';
import { subject, type AppAbility } from '@kesu/permissions';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplaintEvent } from '../complaint/complaint-event.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import type { ComplaintRecord } from '../complaint/complaint-record.js';
import { runTransition } from '../complaint/complaint-transition.service.js';
import { staffUser, type Context } from '../graphql/context.js';
import { badInput, forbidden, notFound } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { parseInput } from '../graphql/validation.js';
import { User } from '../identity/user.entity.js';
import { Department } from '../org/department.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Accountability, AccountabilityComment, AccountabilityParty } from './accountability.entity.js';
import type { PartyKind } from './accountability.enums.js';
import { commentSchema, confirmAccountabilitySchema, recordAccountabilitySchema } from './accountability.inputs.js';

/**
 * Accountability steps are not complaint updates: the region's CR executive records the determination, performance
 * management confirms it (CG §5.3(3)(4)) — each by the 'Accountability' rules, which is also what `allowedActions`
 * offers them.
 */
export function mayActOnAccountability(ability: AppAbility, action: 'RECORD_ACCOUNTABILITY' | 'CONFIRM_ACCOUNTABILITY', project: { path: string }): boolean {
  return ability.can(action === 'RECORD_ACCOUNTABILITY' ? 'create' : 'update', subject('Accountability', { project }));
}

/** The global-id type of what a party's `refId` names. */
export const PARTY_REF_TYPE: Readonly<Record<PartyKind, string | null>> = {
  DEPARTMENT: 'Department',
  ORG_UNIT: 'OrgUnit',
  PERSON: 'User',
  CONTRACTOR: null,
};

/** The referenced department, unit or person must exist in the complaint's own group. */
async function assertRefInGroup(em: EntityManager, kind: PartyKind, id: string, groupId: string, field: string) {
  const found =
    kind === 'DEPARTMENT' ? await em.findOne(Department, { id, orgUnit: { groupId } })
    : kind === 'ORG_UNIT' ? await em.findOne(OrgUnit, { id, groupId })
    : kind === 'PERSON' ? await em.findOne(User, { id, orgUnit: { groupId } })
    : null;
  if (!found) throw badInput(field, `${field}: 所选责任方不存在或不属于本集团`);
}

/**
 * 权责研判 (CG §4.5, §5.3(3)): the regional CR executive records the conclusion and the responsible parties. The
 * record and the RECORD_ACCOUNTABILITY transition (guards: concluded, visited) are written in one transaction.
 */
export async function recordAccountability(ctx: Context, raw: unknown): Promise<Complaint> {
  const input = parseInput(recordAccountabilitySchema, raw);
  // Named by its own field here; runTransition would call it `id`.
  idOf('Complaint', input.complaintId, 'complaintId');
  const parties = input.parties.map((party, index) => {
    const refType = PARTY_REF_TYPE[party.kind];
    return {
      ...party,
      position: index,
      refId: refType && party.refId ? idOf(refType, party.refId, `parties.${index}.refId`) : null,
      fineFen: party.penalty === 'FINE' ? parseYuan(party.fineAmount!) : 0,
    };
  });
  return runTransition(
    ctx,
    { id: input.complaintId, version: input.version },
    {
      action: 'RECORD_ACCOUNTABILITY',
      conclusion: input.conclusion,
      partyCount: parties.length,
      unsatisfiedVisitReason: input.unsatisfiedVisitReason ?? undefined,
    },
    {
      authorize: (complaint, ability) => mayActOnAccountability(ability, 'RECORD_ACCOUNTABILITY', complaint.project),
      reason: input.conclusion,
      data: {
        parties: parties.map((p) => ({ kind: p.kind, name: p.name, share: p.share, penalty: p.penalty, fineAmount: formatYuan(p.fineFen) })),
      },
      apply: async (complaint, em, { now }) => {
        for (const party of parties) {
          if (party.refId) await assertRefInGroup(em, party.kind, party.refId, complaint.groupId, `parties.${party.position}.refId`);
        }
        const record = em.create(Accountability, {
          complaint,
          groupId: complaint.groupId,
          project: complaint.project,
          conclusion: input.conclusion,
          status: 'RECORDED',
          recordedBy: em.getReference(User, staffUser(ctx).id),
          recordedAt: now,
        });
        for (const party of parties) {
          em.create(AccountabilityParty, {
            accountability: record,
            position: party.position,
            kind: party.kind,
            refId: party.refId,
            name: party.name,
            sharePercent: party.share,
            penalty: party.penalty,
            fineFen: party.fineFen,
            note: party.note ?? null,
          });
        }
      },
    },
  );
}

/** Performance management of the region confirms that the penalties were carried out (CG §5.3(4)). */
export function confirmAccountabilityEnforced(ctx: Context, raw: unknown): Promise<Complaint> {
  const input = parseInput(confirmAccountabilitySchema, raw);
  idOf('Complaint', input.complaintId, 'complaintId');
  return runTransition(
    ctx,
    { id: input.complaintId, version: input.version },
    { action: 'CONFIRM_ACCOUNTABILITY', note: input.note ?? undefined },
    {
      authorize: (complaint, ability) => mayActOnAccountability(ability, 'CONFIRM_ACCOUNTABILITY', complaint.project),
      reason: input.note,
      apply: async (complaint, em, { now }) => {
        const record = await em.findOneOrFail(Accountability, { complaint });
        record.status = 'ENFORCED';
        record.enforcedBy = em.getReference(User, staffUser(ctx).id);
        record.enforcedAt = now;
        record.enforcementNote = input.note ?? null;
      },
    },
  );
}

/**
 * Group CR supervises the events the group was told of (A-class by policy, or escalated to the group; CG §5.1(3))
 * and may remark on their accountability. Remarks are append-only rows with author and time.
 */
export async function commentOnAccountability(ctx: Context, raw: unknown): Promise<{ complaint: Complaint; comment: AccountabilityComment }> {
  const input = parseInput(commentSchema, raw);
  const id = idOf('Complaint', input.complaintId, 'complaintId');
  const complaint = await ctx.em.findOne(Complaint, { id }, { populate: ['project'] });
  if (!complaint) throw notFound('投诉');
  const project = complaint.project;
  const supervisesIt =
    complaint.groupVisible &&
    ctx.ability.can('read', subject('Accountability', { project })) &&
    (ctx.viewer?.grants ?? []).some((grant) => grant.role === 'GROUP_CR' && project.path.startsWith(grant.orgPath));
  if (!supervisesIt) throw forbidden('只有集团客户关系部可以对报集团的重大事件的问责提出意见');
  const record = await ctx.em.findOne(Accountability, { complaint });
  if (!record) throw badInput('complaintId', '该投诉尚未记录问责追责结论');
  const comment = ctx.em.create(AccountabilityComment, {
    accountability: record,
    author: ctx.em.getReference(User, staffUser(ctx).id),
    text: input.text,
  });
  // The remark goes into the complaint's file like every other step (XX 4.4); it changes no state, so the
  // complaint's version stays and nobody handling it gets a conflict.
  ctx.em.create(ComplaintEvent, {
    complaint,
    type: 'ACCOUNTABILITY_COMMENTED' satisfies ComplaintEventType,
    actor: ctx.em.getReference(User, staffUser(ctx).id),
    fromStatus: complaint.status,
    toStatus: complaint.status,
    reason: input.text,
  });
  await ctx.em.flush();
  return { complaint, comment };
}

/** The record of a complaint for callers the 'Accountability' read rule allows, else null. */
export async function readableAccountability(ctx: Context, complaint: Pick<ComplaintRecord, 'id' | 'project'>): Promise<Accountability | null> {
  const project = await ctx.loaders.orgUnitById.load(complaint.project.id);
  if (!project || !ctx.ability.can('read', subject('Accountability', { project }))) return null;
  return ctx.loaders.accountabilityByComplaint.load(complaint.id);
}
