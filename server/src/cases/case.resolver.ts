import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Category } from '../category/category.entity.js';
import { findReadableComplaint } from '../complaint/complaint.service.js';
import { ComplaintType } from '../complaint/complaint.types.js';
import { Can } from '../graphql/access.js';
import { ConnectionArgs } from '../graphql/connection.js';
import type { Context } from '../graphql/context.js';
import { parseGlobalId } from '../graphql/global-id.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import * as search from './case-search.service.js';
import * as cases from './case.service.js';
import type { Case } from './case.entity.js';
import {
  CaseFilter,
  CasePayload,
  CreateCaseFromComplaintInput,
  CreateCaseInput,
  PublishCaseInput,
  ReturnCaseToDraftInput,
  SubmitCaseForReviewInput,
  UpdateCaseInput,
} from './case.inputs.js';
import { CaseConnectionType, CaseGradeType, CaseRevisionType, CaseType } from './case.types.js';

/** The case library (API.md "Accountability, cases, reports"): search, reading, writing, review and publication. */
@Resolver(() => CaseType)
export class CaseResolver {
  @Query(() => CaseConnectionType, { description: '案例库：全文检索（中文分词，标题权重更高）与筛选；只含调用者可见的案例' })
  @Can('read', 'Case')
  cases(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Ctx() ctx: Context,
  ) {
    return search.searchCases(ctx, args, filter);
  }

  @Query(() => CaseType, { nullable: true, description: '不存在或不可见时为 null；读取已发布案例计一次阅读' })
  @Can('read', 'Case')
  case(
    @Arg('id', () => ID) id: string,
    @Arg('countView', () => Boolean, { defaultValue: true, description: '计为一次阅读（编辑、刷新时传 false）' }) countView: boolean,
    @Ctx() ctx: Context,
  ) {
    const parsed = parseGlobalId(id);
    return parsed?.type === 'Case' ? cases.readCase(ctx, parsed.id, countView) : null;
  }

  @Query(() => [CaseType], { description: '与投诉相似的已发布案例（文本相似度 + 同分类），处理中即可参考' })
  @Can('read', 'Case')
  similarCases(@Arg('complaintId', () => ID) complaintId: string, @Arg('first', () => Int, { nullable: true }) first: number | null, @Ctx() ctx: Context) {
    return search.similarCases(ctx, complaintId, first);
  }

  @Query(() => [CaseType], { description: '本月（或指定月份 YYYY-MM，北京时间）阅读最多的已发布案例' })
  @Can('read', 'Case')
  mostReadCases(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('month', () => String, { nullable: true }) month: string | null,
    @Ctx() ctx: Context,
  ) {
    return search.mostReadCases(ctx, first, month);
  }

  @Mutation(() => CasePayload, { description: '从已完结的投诉起草案例；客户姓名、电话、房号已去除' })
  @Can('create', 'Case')
  async createCaseFromComplaint(@Arg('input', () => CreateCaseFromComplaintInput) input: CreateCaseFromComplaintInput, @Ctx() ctx: Context) {
    return { case: await cases.createCaseFromComplaint(ctx, input) };
  }

  @Mutation(() => CasePayload, { description: '手写案例（培训材料）' })
  @Can('create', 'Case')
  async createCase(@Arg('input', () => CreateCaseInput) input: CreateCaseInput, @Ctx() ctx: Context) {
    return { case: await cases.createCase(ctx, input) };
  }

  @Mutation(() => CasePayload)
  @Can('update', 'Case')
  async updateCase(@Arg('input', () => UpdateCaseInput) input: UpdateCaseInput, @Ctx() ctx: Context) {
    return { case: await cases.updateCase(ctx, input) };
  }

  @Mutation(() => CasePayload, { description: '草稿提交审核' })
  @Can('update', 'Case')
  async submitCaseForReview(@Arg('input', () => SubmitCaseForReviewInput) input: SubmitCaseForReviewInput, @Ctx() ctx: Context) {
    return { case: await cases.submitCaseForReview(ctx, input) };
  }

  @Mutation(() => CasePayload, { description: '审核不通过，退回作者修改（附修改意见）' })
  @Can('publish', 'Case')
  async returnCaseToDraft(@Arg('input', () => ReturnCaseToDraftInput) input: ReturnCaseToDraftInput, @Ctx() ctx: Context) {
    return { case: await cases.returnCaseToDraft(ctx, input) };
  }

  @Mutation(() => CasePayload, { description: '审核通过并发布到全集团' })
  @Can('publish', 'Case')
  async publishCase(@Arg('input', () => PublishCaseInput) input: PublishCaseInput, @Ctx() ctx: Context) {
    return { case: await cases.publishCase(ctx, input) };
  }

  @FieldResolver(() => Category)
  category(@Root() row: Case, @Ctx() ctx: Context) {
    return ctx.loaders.categoryById.load(row.category.id);
  }

  @FieldResolver(() => CaseGradeType, { nullable: true })
  grade(@Root() row: Case): CaseGradeType | null {
    return row.gradeCode ? { code: row.gradeCode, label: row.gradeLabel ?? row.gradeCode } : null;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '所属组织；不在调用者权限范围内时为 null（名称见 orgUnitName）' })
  orgUnit(@Root() row: Case, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, row.orgUnit.id);
  }

  @FieldResolver(() => User, { nullable: true, description: '作者' })
  author(@Root() row: Case, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(row.authorId);
  }

  @FieldResolver(() => ComplaintType, { nullable: true, description: '来源投诉；手写案例或调用者无权查看时为 null' })
  sourceComplaint(@Root() row: Case, @Ctx() ctx: Context) {
    return row.sourceComplaint ? findReadableComplaint(ctx, row.sourceComplaint.id) : null;
  }

  @FieldResolver(() => Int, { description: '累计阅读次数' })
  viewCount(@Root() row: Case, @Ctx() ctx: Context) {
    return ctx.loaders.caseViewCount.load(row.id);
  }

  @FieldResolver(() => [CaseRevisionType], { description: '发布后被修改前的各版本（新的在前）；仅编辑者可见' })
  async revisions(@Root() row: Case, @Ctx() ctx: Context): Promise<CaseRevisionType[]> {
    const revisions = await cases.revisionsOf(ctx, row);
    return revisions.map((r) => ({ revision: r.revision, replacedAt: r.replacedAt, ...r.content }));
  }
}
