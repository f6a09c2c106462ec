import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from '../graphql/node.js';
import { PageInfo } from '../graphql/connection.js';
import { CaseStatusEnum, type CaseStatus } from './case.enums.js';

@ObjectType('CaseGrade', { description: '案例来源事件的等级' })
export class CaseGradeType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

/**
 * The GraphQL shape of a case (API.md "Accountability, cases, reports"). Resolvers return the entity; plain columns
 * resolve by name, the rest through `CaseResolver` field resolvers.
 */
@ObjectType('Case', { implements: NodeInterface, description: '案例库中的案例（案例沉淀，CG §4.6）；客户信息已去除' })
export class CaseType {
  @Field(() => String) title!: string;
  @Field(() => String, { description: '事件背景' }) background!: string;
  @Field(() => String, { description: '处理经过' }) handlingProcess!: string;
  @Field(() => String, { description: '处理结果' }) result!: string;
  @Field(() => String, { description: '原因分析' }) causeAnalysis!: string;
  @Field(() => String, { description: '经验教训' }) lessonsLearned!: string;
  @Field(() => String, { description: '预防措施' }) preventiveMeasures!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { description: '所属项目或组织的名称（写入案例时）' }) orgUnitName!: string;
  @Field(() => String, { nullable: true, description: '所属区域的名称（写入案例时）' }) regionName!: string | null;
  @Field(() => Int, { description: '事件发生年份' }) year!: number;
  @Field(() => CaseStatusEnum) status!: CaseStatus;
  @Field(() => Int, { description: '发布后每次修改加一；旧版本保留' }) revision!: number;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true, description: '审核退回时的修改意见；发布后清空' }) reviewNote!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('CaseHighlight', { description: '命中片段：原文已做 HTML 转义，命中词以 <em>…</em> 标出' })
export class CaseHighlightType {
  @Field(() => String, { description: '字段名：title、background、handlingProcess、result、causeAnalysis、lessonsLearned、preventiveMeasures' })
  field!: string;
  @Field(() => String) snippet!: string;
}

@ObjectType('CaseEdge')
export class CaseEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => CaseType) node!: CaseType;
  @Field(() => [CaseHighlightType], { description: '按查询词的命中片段；无查询词时为空' }) highlights!: CaseHighlightType[];
  @Field(() => Float, { nullable: true, description: '相关度层级：2 标题或标签含全部查询词，1 正文关键词含全部查询词，0 正文提及；同层新发布的在前；无查询词或按名称匹配时为空' })
  rank!: number | null;
}

@ObjectType('CaseConnection')
export class CaseConnectionType {
  @Field(() => [CaseEdgeType]) edges!: CaseEdgeType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: '满足条件的总数' }) totalCount!: number;
}

@ObjectType('CaseRevision', { description: '案例发布后被修改前的版本' })
export class CaseRevisionType {
  @Field(() => Int) revision!: number;
  @Field(() => Date, { description: '被替换的时间' }) replacedAt!: Date;
  @Field(() => String) title!: string;
  @Field(() => String) background!: string;
  @Field(() => String) handlingProcess!: string;
  @Field(() => String) result!: string;
  @Field(() => String) causeAnalysis!: string;
  @Field(() => String) lessonsLearned!: string;
  @Field(() => String) preventiveMeasures!: string;
  @Field(() => [String]) tags!: string[];
}
