import type { AccountabilityStatus } from '@kesu/domain';
import { Field, ObjectType } from 'type-graphql';
import { AccountabilityStatusEnum, PartyKindEnum, PenaltyEnum, type PartyKind, type Penalty } from './accountability.enums.js';

/** GraphQL shapes of the accountability record; resolvers return the entities, relations resolve in `AccountabilityTypeResolver`. */
@ObjectType('AccountabilityParty', { description: '责任方' })
export class AccountabilityPartyType {
  @Field(() => PartyKindEnum) kind!: PartyKind;
  @Field(() => String) name!: string;
  @Field(() => PenaltyEnum) penalty!: Penalty;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('AccountabilityComment', { description: '集团客户关系部的督导意见' })
export class AccountabilityCommentType {
  @Field(() => String) text!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Accountability', { description: '问责追责：权责研判结论、责任方与落实情况' })
export class AccountabilityType {
  @Field(() => String) conclusion!: string;
  @Field(() => AccountabilityStatusEnum, { description: 'RECORDED 待落实，ENFORCED 已落实' }) status!: AccountabilityStatus;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => Date, { nullable: true }) enforcedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '落实情况' }) enforcementNote!: string | null;
}
