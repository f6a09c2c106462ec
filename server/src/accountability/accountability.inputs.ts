import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { ComplaintType } from '../complaint/complaint.types.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { PARTY_KINDS, PENALTIES, PartyKindEnum, PenaltyEnum, type PartyKind, type Penalty } from './accountability.enums.js';
import { AccountabilityCommentType } from './accountability.types.js';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const text = (label: string, max: number) => z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字符`);
const note = z.string().trim().max(2000, '说明不能超过 2000 个字符').nullish();

@InputType({ description: '一个责任方' })
export class AccountabilityPartyInput {
  @Field(() => PartyKindEnum) kind!: PartyKind;
  @Field(() => ID, { nullable: true, description: '部门、组织单元或人员的 ID（按类型）；施工或外包单位不填' }) refId?: string | null;
  @Field(() => String, { description: '责任方名称（部门、单位或姓名）' }) name!: string;
  @Field(() => Int, { description: '责任比例（整数百分比，0–100）；全部责任方合计 100' }) share!: number;
  @Field(() => PenaltyEnum) penalty!: Penalty;
  @Field(() => DecimalScalar, { nullable: true, description: '罚款金额（元）；仅处罚方式为罚款时填写' }) fineAmount?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class RecordAccountabilityInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Int, { description: '调用者看到的投诉版本' }) version!: number;
  @Field(() => [AccountabilityPartyInput], { description: '责任方；无人担责时为空列表，并在结论中说明' }) parties!: AccountabilityPartyInput[];
  @Field(() => String, { description: '问责追责结论（权责研判）' }) conclusion!: string;
  @Field(() => String, { nullable: true, description: '回访不满意且不再补救时必填：理由' }) unsatisfiedVisitReason?: string | null;
}

const yuan = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, '金额须为不超过两位小数的非负数，如 500.00');

export const recordAccountabilitySchema = z
  .object({
    complaintId: z.string(),
    version: z.number().int(),
    conclusion: text('问责追责结论', 5000),
    unsatisfiedVisitReason: note,
    parties: z
      .array(
        z
          .object({
            kind: enumOf(PARTY_KINDS),
            refId: z.string().trim().min(1).nullish(),
            name: text('责任方名称', 100),
            share: z.number().int('责任比例须为整数百分比').min(0, '责任比例为 0–100').max(100, '责任比例为 0–100'),
            penalty: enumOf(PENALTIES),
            fineAmount: yuan.nullish(),
            note,
          })
          .superRefine((party, issue) => {
            const fined = party.fineAmount != null && !/^0+(\.0+)?$/.test(party.fineAmount);
            if (party.penalty === 'FINE' && !fined) issue.addIssue({ code: 'custom', path: ['fineAmount'], message: '处罚方式为罚款时须填写大于 0 的罚款金额' });
            if (party.penalty !== 'FINE' && fined) issue.addIssue({ code: 'custom', path: ['fineAmount'], message: '只有处罚方式为罚款时才能填写罚款金额' });
            if (party.kind === 'CONTRACTOR' && party.refId) issue.addIssue({ code: 'custom', path: ['refId'], message: '施工或外包单位只填名称，不填 ID' });
            if (party.kind !== 'CONTRACTOR' && !party.refId) issue.addIssue({ code: 'custom', path: ['refId'], message: '部门、组织单元或个人须选择具体对象' });
          }),
      )
      .max(50, '责任方最多 50 个'),
  })
  .superRefine((input, issue) => {
    const total = input.parties.reduce((sum, party) => sum + party.share, 0);
    if (input.parties.length > 0 && total !== 100) {
      issue.addIssue({ code: 'custom', path: ['parties'], message: `各责任方的责任比例合计须为 100%，现为 ${total}%` });
    }
  });

@InputType()
export class ConfirmAccountabilityEnforcedInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: '落实情况（罚款已扣、通报已发等）' }) note?: string | null;
}
export const confirmAccountabilitySchema = z.object({ complaintId: z.string(), version: z.number().int(), note });

@InputType()
export class CommentOnAccountabilityInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => String) text!: string;
}
export const commentSchema = z.object({ complaintId: z.string(), text: text('意见', 2000) });

@ObjectType()
export class CommentOnAccountabilityPayload {
  @Field(() => ComplaintType) complaint!: ComplaintType;
  @Field(() => AccountabilityCommentType) comment!: AccountabilityCommentType;
}
