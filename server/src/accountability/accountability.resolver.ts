import { formatYuan } from '@kesu/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { announce } from '../complaint/complaint.resolver.js';
import type { ComplaintRecord } from '../complaint/complaint-record.js';
import { ComplaintPayload } from '../complaint/complaint.inputs.js';
import { ComplaintType } from '../complaint/complaint.types.js';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { toGlobalId } from '../graphql/global-id.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { User } from '../identity/user.entity.js';
import type { Accountability, AccountabilityComment, AccountabilityParty } from './accountability.entity.js';
import { AccountabilityStatusEnum } from './accountability.enums.js';
import {
  CommentOnAccountabilityInput,
  CommentOnAccountabilityPayload,
  ConfirmAccountabilityEnforcedInput,
  RecordAccountabilityInput,
} from './accountability.inputs.js';
import * as accountability from './accountability.service.js';
import { AccountabilityCommentType, AccountabilityPartyType, AccountabilityType } from './accountability.types.js';

/** 问责追责 on the complaint: its record as a field of `Complaint`, and the three steps as mutations. */
@Resolver(() => ComplaintType)
export class ComplaintAccountabilityResolver {
  @FieldResolver(() => AccountabilityType, { nullable: true, description: '问责追责记录；无权查看或尚未记录时为 null' })
  accountability(@Root() complaint: ComplaintRecord, @Ctx() ctx: Context) {
    return accountability.readableAccountability(ctx, complaint);
  }

  @FieldResolver(() => AccountabilityStatusEnum, { description: '问责状态' })
  accountabilityStatus(@Root() complaint: ComplaintRecord) {
    return complaint.accountability;
  }

  @Mutation(() => ComplaintPayload, { description: '记录问责追责结论（区域客户关系主管负责人）；回访后、归档前' })
  @Can('create', 'Accountability')
  async recordAccountability(@Arg('input', () => RecordAccountabilityInput) input: RecordAccountabilityInput, @Ctx() ctx: Context) {
    const complaint = await accountability.recordAccountability(ctx, input);
    await announce(ctx, complaint);
    return { complaint };
  }

  @Mutation(() => ComplaintPayload, { description: '确认问责已落实（区域绩效管理）' })
  @Can('update', 'Accountability')
  async confirmAccountabilityEnforced(@Arg('input', () => ConfirmAccountabilityEnforcedInput) input: ConfirmAccountabilityEnforcedInput, @Ctx() ctx: Context) {
    const complaint = await accountability.confirmAccountabilityEnforced(ctx, input);
    await announce(ctx, complaint);
    return { complaint };
  }

  @Mutation(() => CommentOnAccountabilityPayload, { description: '集团客户关系部对报集团事件的问责提出督导意见' })
  @Can('read', 'Accountability')
  commentOnAccountability(@Arg('input', () => CommentOnAccountabilityInput) input: CommentOnAccountabilityInput, @Ctx() ctx: Context) {
    return accountability.commentOnAccountability(ctx, input);
  }
}

@Resolver(() => AccountabilityType)
export class AccountabilityTypeResolver {
  @FieldResolver(() => [AccountabilityPartyType], { description: '责任方（按录入顺序）' })
  async parties(@Root() record: Accountability) {
    return record.parties.isInitialized() ? record.parties.getItems() : record.parties.loadItems();
  }

  @FieldResolver(() => [AccountabilityCommentType], { description: '督导意见（时间正序）' })
  async comments(@Root() record: Accountability) {
    return record.comments.isInitialized() ? record.comments.getItems() : record.comments.loadItems();
  }

  @FieldResolver(() => User, { nullable: true, description: '记录人' })
  recordedBy(@Root() record: Accountability, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(record.recordedBy.id);
  }

  @FieldResolver(() => User, { nullable: true, description: '确认落实的人' })
  enforcedBy(@Root() record: Accountability, @Ctx() ctx: Context) {
    return record.enforcedBy ? ctx.loaders.userById.load(record.enforcedBy.id) : null;
  }
}

@Resolver(() => AccountabilityPartyType)
export class AccountabilityPartyResolver {
  @FieldResolver(() => ID, { nullable: true, description: '部门、组织单元或人员的 ID；施工或外包单位为空' })
  refId(@Root() party: AccountabilityParty) {
    const type = accountability.PARTY_REF_TYPE[party.kind];
    return type && party.refId ? toGlobalId(type, party.refId) : null;
  }

  @FieldResolver(() => Int, { description: '责任比例（百分比）' })
  share(@Root() party: AccountabilityParty) {
    return party.sharePercent;
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: '罚款金额（元）；非罚款为空' })
  fineAmount(@Root() party: AccountabilityParty) {
    return party.penalty === 'FINE' ? formatYuan(Number(party.fineFen)) : null;
  }
}

@Resolver(() => AccountabilityCommentType)
export class AccountabilityCommentResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Root() comment: AccountabilityComment, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.author.id);
  }
}
