import { allowedActions, COMPLAINT_EVENT_TYPE_LABELS, formatYuan, type ComplaintAction, type ComplaintEventType as DomainEventType } from '@kesu/domain';
import { subject } from '@kesu/permissions';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ChangedPayload } from '../realtime/pubsub.js';
import { Category } from '../category/category.entity.js';
import { Can } from '../graphql/access.js';
import { ConnectionArgs, ConnectionType } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { parseGlobalId, toGlobalId } from '../graphql/global-id.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import { mayActOnAccountability } from '../accountability/accountability.service.js';
import { User } from '../identity/user.entity.js';
import { ApiClient } from '../partner/api-client.entity.js';
import { GraphQLJSON } from 'graphql-scalars';
import { Complaint } from './complaint.entity.js';
import type { ComplaintEventRecord, ComplaintRecord } from './complaint-record.js';
import { createComplaint } from './complaint-intake.service.js';
import { snapshotOf } from './complaint-snapshot.js';
import * as complaints from './complaint.service.js';
import {
  ArchiveComplaintInput,
  ComplaintFilter,
  ComplaintPayload,
  ConcludeComplaintInput,
  ConvertWarningToComplaintInput,
  CreateComplaintInput,
  EscalateComplaintInput,
  ExemptComplaintDeadlineInput,
  ExtendComplaintDeadlineInput,
  MarkComplaintInvalidInput,
  OverrideComplaintGradeInput,
  ReclassifyComplaintInput,
  RecordReturnVisitInput,
  SubmitOwnerRatingInput,
  ReopenComplaintInput,
  RespondToComplaintInput,
  StartExternalReviewInput,
  StartHandlingInput,
  StartInternalReviewInput,
} from './complaint.inputs.js';
import {
  ComplaintCustomerType,
  ComplaintEventType,
  ComplaintGradeType,
  ComplaintType,
  EmergencyTeamType,
} from './complaint.types.js';
import { ComplaintActionEnum } from './complaint.enums.js';

export const ComplaintConnection = ConnectionType(ComplaintType, 'Complaint');
export const ComplaintEventConnection = ConnectionType(ComplaintEventType, 'ComplaintEvent');

export const COMPLAINT_UPDATED = 'COMPLAINT_UPDATED';

/** Announces a committed change to subscribers on every instance (DESIGN "subscriptions fan out …"). */
export async function announce(ctx: Pick<Context, 'pubSub' | 'loaders'>, complaint: Complaint): Promise<void> {
  const project = await ctx.loaders.orgUnitById.load(complaint.project.id);
  ctx.pubSub.publish(COMPLAINT_UPDATED, {
    id: complaint.id,
    scope: { projectPath: project?.path ?? '', groupVisible: complaint.groupVisible },
  });
}

/** Mutation results: the change is committed when the service returns, so it is announced then. */
const payloadOf = (ctx: Context) => async (work: Promise<Complaint>) => {
  const complaint = await work;
  await announce(ctx, complaint);
  return { complaint };
};

@Resolver(() => ComplaintType)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, { description: '调用者权限范围内的投诉，默认按最近期限排序' })
  @Can('read', 'Complaint')
  complaints(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter: ComplaintFilter | null,
    @Ctx() ctx: Context,
  ) {
    return complaints.listComplaints(ctx, args, filter);
  }

  @Query(() => ComplaintType, { nullable: true, description: '不存在或不在权限范围内时为 null' })
  @Can('read', 'Complaint')
  complaint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const parsed = parseGlobalId(id);
    return parsed?.type === 'Complaint' ? complaints.findReadableComplaint(ctx, parsed.id) : null;
  }

  @FieldResolver(() => Category)
  async category(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return ctx.loaders.categoryById.load(complaint.category.id);
  }

  @FieldResolver(() => ComplaintGradeType)
  grade(@Root() complaint: ComplaintRecord): ComplaintGradeType {
    return { code: complaint.gradeCode, label: complaint.gradeLabel, rank: complaint.gradeRank };
  }

  @FieldResolver(() => [String], { description: '定级依据：触发的每条规则（中文）；业主看不到' })
  gradeExplanation(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context): string[] {
    if (ctx.viewer?.owner) return [];
    return complaint.gradeExplanation.map((line) => line.text);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  project(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, complaint.project.id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '当前负责处理的组织层级（升级后上移）' })
  owningUnit(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, complaint.owningUnit.id);
  }

  @FieldResolver(() => User, { nullable: true, description: '第一责任人' })
  firstResponsible(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return complaint.firstResponsible ? ctx.loaders.userById.load(complaint.firstResponsible.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: '当前处理人' })
  handler(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return complaint.handler ? ctx.loaders.userById.load(complaint.handler.id) : null;
  }

  @FieldResolver(() => [ComplaintCustomerType])
  async customers(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context): Promise<ComplaintCustomerType[]> {
    const project = await ctx.loaders.orgUnitById.load(complaint.project.id);
    const visible = project !== null && complaints.canReadContact(ctx, complaint, project);
    return complaint.customers.map((c) => ({ name: c.name, room: c.room, phone: visible ? c.phone : complaints.maskPhone(c.phone) }));
  }

  @FieldResolver(() => DecimalScalar, { description: '赔付或处理金额（元）' })
  compensationAmount(@Root() complaint: ComplaintRecord): string {
    return formatYuan(Number(complaint.compensationFen));
  }

  @FieldResolver(() => EmergencyTeamType, { nullable: true, description: '应急小组；业主看不到' })
  emergencyTeam(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return ctx.viewer?.owner ? null : complaint.emergencyTeam;
  }

  @FieldResolver(() => ComplaintEventConnection, { description: '处理档案（时间正序）' })
  events(@Root() complaint: ComplaintRecord, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return complaints.listEvents(ctx, complaint, args);
  }

  @FieldResolver(() => [ComplaintActionEnum], { description: '调用者现在可以执行的操作' })
  async allowedActions(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context): Promise<ComplaintAction[]> {
    const [project, owning] = await Promise.all([ctx.loaders.orgUnitById.load(complaint.project.id), ctx.loaders.orgUnitById.load(complaint.owningUnit.id)]);
    if (!project || !owning) return [];
    const offered = allowedActions(snapshotOf(complaint, owning.level));
    // An owner is asked for exactly one thing: their rating once the complaint is concluded.
    if (ctx.viewer?.owner) return offered.filter((action) => action === 'RECORD_RETURN_VISIT' && ctx.ability.can('rate', complaint));
    const mayUpdate = ctx.ability.can('update', subject('Complaint', { project, groupVisible: complaint.groupVisible }));
    return offered.filter((action) => {
      if (action === 'RECORD_ACCOUNTABILITY' || action === 'CONFIRM_ACCOUNTABILITY') return mayActOnAccountability(ctx.ability, action, project);
      // Before a response only the clock escalates (for lateness); people respond first.
      return mayUpdate && !(action === 'ESCALATE' && complaint.status === 'REGISTERED');
    });
  }

  @Mutation(() => ComplaintPayload, { description: '受理登记投诉、需求或预警' })
  @Can('create', 'Complaint')
  async createComplaint(@Arg('input', () => CreateComplaintInput) input: CreateComplaintInput, @Ctx() ctx: Context) {
    const { complaint, created } = await createComplaint(ctx, input);
    if (created) await announce(ctx, complaint);
    return { complaint };
  }

  @Mutation(() => ComplaintPayload, { description: '响应客户（1 小时内）' })
  @Can('update', 'Complaint')
  respondToComplaint(@Arg('input', () => RespondToComplaintInput) input: RespondToComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.respond(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  startHandling(@Arg('input', () => StartHandlingInput) input: StartHandlingInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.startHandling(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '升级到上一级处理，处理时限重新按升级时限计算' })
  @Can('update', 'Complaint')
  escalateComplaint(@Arg('input', () => EscalateComplaintInput) input: EscalateComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.escalate(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  startInternalReview(@Arg('input', () => StartInternalReviewInput) input: StartInternalReviewInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.startInternalReview(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  startExternalReview(@Arg('input', () => StartExternalReviewInput) input: StartExternalReviewInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.startExternalReview(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '事件完结（CG §3.2）' })
  @Can('update', 'Complaint')
  concludeComplaint(@Arg('input', () => ConcludeComplaintInput) input: ConcludeComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.conclude(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '记录回访；不满意时自动重新处理' })
  @Can('update', 'Complaint')
  recordReturnVisit(@Arg('input', () => RecordReturnVisitInput) input: RecordReturnVisitInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.recordReturnVisit(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '业主在 App 中对已完结的投诉评价（以业主令牌调用）；不满意时自动重新处理' })
  @Can('rate', 'Complaint')
  submitOwnerRating(@Arg('input', () => SubmitOwnerRatingInput) input: SubmitOwnerRatingInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.submitOwnerRating(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  reopenComplaint(@Arg('input', () => ReopenComplaintInput) input: ReopenComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.reopen(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '延期（最多两次，JD 7.3.2）' })
  @Can('update', 'Complaint')
  extendComplaintDeadline(@Arg('input', () => ExtendComplaintDeadlineInput) input: ExtendComplaintDeadlineInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.extendDeadline(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '时限豁免（XX 4.2.2：工程维修时间长或 5000 元以上采购）' })
  @Can('update', 'Complaint')
  exemptComplaintDeadline(@Arg('input', () => ExemptComplaintDeadlineInput) input: ExemptComplaintDeadlineInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.exemptDeadline(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  overrideComplaintGrade(@Arg('input', () => OverrideComplaintGradeInput) input: OverrideComplaintGradeInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.overrideGrade(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  markComplaintInvalid(@Arg('input', () => MarkComplaintInvalidInput) input: MarkComplaintInvalidInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.markInvalid(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  convertWarningToComplaint(@Arg('input', () => ConvertWarningToComplaintInput) input: ConvertWarningToComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.convertWarning(ctx, input));
  }

  @Mutation(() => ComplaintPayload, { description: '投诉与需求互相改划' })
  @Can('update', 'Complaint')
  reclassifyComplaint(@Arg('input', () => ReclassifyComplaintInput) input: ReclassifyComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.reclassify(ctx, input));
  }

  @Mutation(() => ComplaintPayload)
  @Can('update', 'Complaint')
  archiveComplaint(@Arg('input', () => ArchiveComplaintInput) input: ArchiveComplaintInput, @Ctx() ctx: Context) {
    return payloadOf(ctx)(complaints.archive(ctx, input));
  }
}

@Resolver(() => ComplaintType)
export class ComplaintSubscriptionResolver {
  @Subscription(() => ComplaintType, {
    nullable: true,
    topics: COMPLAINT_UPDATED,
    description: '调用者权限范围内投诉的变化；给出 id 时只推送该投诉',
    // Filtered by the subscriber's own rules on the event's scope: nothing outside them is even announced.
    filter: ({ payload, args, context }: { payload: ChangedPayload; args: { id?: string | null }; context: Context }) =>
      (!args.id || parseGlobalId(args.id)?.id === payload.id) &&
      context.ability.can('read', subject('Complaint', { project: { path: payload.scope?.projectPath ?? '' }, groupVisible: payload.scope?.groupVisible ?? false })),
  })
  @Can('read', 'Complaint')
  complaintUpdated(@Root() payload: ChangedPayload, @Arg('id', () => ID, { nullable: true }) _id: string | null, @Ctx() ctx: Context) {
    return complaints.findReadableComplaint(ctx, payload.id);
  }
}

@Resolver(() => ComplaintEventType)
export class ComplaintEventResolver {
  @FieldResolver(() => User, { nullable: true, description: '操作人；系统自动处理、合作方应用操作或业主查看时为空' })
  actor(@Root() event: ComplaintEventRecord, @Ctx() ctx: Context) {
    return event.actor && !ctx.viewer?.owner ? ctx.loaders.userById.load(event.actor.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '经由的合作方应用名称（应用或业主操作时）' })
  async via(@Root() event: ComplaintEventRecord, @Ctx() ctx: Context): Promise<string | null> {
    if (!event.actorClient) return null;
    const client = await ctx.em.findOne(ApiClient, { id: event.actorClient.id });
    return client?.name ?? null;
  }

  @FieldResolver(() => GraphQLJSON, { nullable: true, description: '变化前后与操作细节；业主看不到' })
  data(@Root() event: ComplaintEventRecord, @Ctx() ctx: Context): unknown {
    return ctx.viewer?.owner ? null : event.data;
  }

  @FieldResolver(() => String)
  label(@Root() event: ComplaintEventRecord): string {
    return COMPLAINT_EVENT_TYPE_LABELS[event.type as DomainEventType] ?? event.type;
  }

  @FieldResolver(() => ID)
  id(@Root() event: ComplaintEventRecord): string {
    return toGlobalId('ComplaintEvent', event.id);
  }
}
