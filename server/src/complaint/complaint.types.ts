import type { ComplaintFlag, ComplaintKind, ComplaintState, Channel } from '@kesu/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ComplaintKindEnum } from '../category/complaint-kind.enum.js';
import { ComplaintFlagEnum } from '../grading/complaint-flag.enum.js';
import { NodeInterface } from '../graphql/node.js';
import { ChannelEnum, ComplaintEventTypeEnum, ComplaintStatusEnum } from './complaint.enums.js';

@ObjectType('ComplaintGrade', { description: '等级' })
export class ComplaintGradeType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: '越大越严重' }) rank!: number;
}

@ObjectType('ComplaintCustomer', { description: '客户；无权查看联系方式时手机号打码' })
export class ComplaintCustomerType {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) room!: string | null;
}

@ObjectType('EmergencyTeam', { description: '应急小组（CG §4.4）' })
export class EmergencyTeamType {
  @Field(() => String, { nullable: true }) leaderName!: string | null;
  @Field(() => [String], { description: '参与部门（客户关系、媒体、营销、法务、开发）' }) departments!: string[];
  @Field(() => String) startedAt!: string;
}

/**
 * The GraphQL shape of a complaint (API.md "Complaints"). Resolvers return the entity; plain columns resolve by
 * name, the rest through `ComplaintResolver` field resolvers.
 */
@ObjectType('Complaint', { implements: NodeInterface, description: '投诉、需求或预警' })
export class ComplaintType {
  @Field(() => String, { description: '编号，如 TS-2611-0007' }) number!: string;
  @Field(() => ComplaintKindEnum) kind!: ComplaintKind;
  @Field(() => ComplaintStatusEnum) status!: ComplaintState;
  @Field(() => ChannelEnum) channel!: Channel;
  @Field(() => String) title!: string;
  @Field(() => String) description!: string;
  @Field(() => Date) receivedAt!: Date;
  @Field(() => Int) householdCount!: number;
  @Field(() => [ComplaintFlagEnum]) flags!: ComplaintFlag[];
  @Field(() => Date, { nullable: true, description: '响应期限（1 小时）' }) responseDueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '处理期限（工作日）；豁免时为空' }) resolutionDueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '回访期限' }) returnVisitDueAt!: Date | null;
  @Field(() => Date, { nullable: true, description: '问责期限' }) accountabilityDueAt!: Date | null;
  @Field(() => Date, { description: '最近一个未到的期限，列表按它排序' }) nextDueAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) concludedAt!: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Boolean) overdue!: boolean;
  @Field(() => Boolean, { description: '已报集团客户关系部' }) groupVisible!: boolean;
  @Field(() => Int) escalationCount!: number;
  @Field(() => Int, { description: '已延期次数（最多两次）' }) extensionCount!: number;
  @Field(() => Boolean) gradeOverridden!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('ComplaintEvent', { description: '投诉档案中的一条记录' })
export class ComplaintEventType {
  @Field(() => ID) id!: string;
  @Field(() => ComplaintEventTypeEnum) type!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => ComplaintStatusEnum, { nullable: true }) fromStatus!: ComplaintState | null;
  @Field(() => ComplaintStatusEnum, { nullable: true }) toStatus!: ComplaintState | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: '变化前后与操作细节' }) data!: unknown;
}
