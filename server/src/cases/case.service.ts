import { shanghaiParts } from '@kesu/domain';
import { subject, type Action } from '@kesu/permissions';
import { OptimisticLockError, UniqueConstraintViolationException, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { Category } from '../category/category.entity.js';
import { Complaint } from '../complaint/complaint.entity.js';
import { staffUser, type Context } from '../graphql/context.js';
import { badInput, conflict, forbidden, notFound, staleVersion } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { resolveSchemeVersion } from '../grading/grade-scheme.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { CONCLUDED_STATES, draftFromComplaint } from './case-draft.js';
import { CaseRevision, type CaseContent } from './case-revision.entity.js';
import { toDocumentVector, toKeywordVector } from './case-segmenter.js';
import { Case, CASE_TEXT_FIELDS, type CaseTextField } from './case.entity.js';
import { caseIdSchema, createCaseSchema, fromComplaintSchema, returnCaseSchema, updateCaseSchema } from './case.inputs.js';
import { stripPii, type CustomerData } from './pii-stripper.js';

type CaseTexts = Pick<Case, CaseTextField | 'tags' | 'orgUnitName' | 'regionName'>;
const BODY_FIELDS = CASE_TEXT_FIELDS.filter((field) => field !== 'title');

/** The three vectors of a case (case-segmenter.ts): everything, title and tags, the body's key words. */
export function searchVectorsOf(texts: CaseTexts, categoryLabel: string): { searchVector: string; titleVector: string; keywordVector: string } {
  const body = BODY_FIELDS.map((field) => texts[field]);
  const tags = texts.tags.join(' ');
  return {
    searchVector: toDocumentVector([texts.title, tags, ...body, texts.orgUnitName, texts.regionName ?? '', categoryLabel]),
    titleVector: toDocumentVector([texts.title, tags]),
    keywordVector: toKeywordVector(body.join('\n')),
  };
}

/** `YYYY-MM` of an instant in Asia/Shanghai. */
export function shanghaiMonth(instant: Date): string {
  const { year, month } = shanghaiParts(instant);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The region a unit belongs to (itself when it is one), for the name written into the case. */
export async function regionNameOf(em: EntityManager, unit: OrgUnit): Promise<string | null> {
  if (unit.level === 'REGION') return unit.name;
  const region = await em.findOne(OrgUnit, { id: { $in: unit.ancestorIds() }, level: 'REGION' });
  return region?.name ?? null;
}

/** CASL on a case row whose unit may not be loaded: the unit comes through the request's loader. */
export async function canOnCase(ctx: Context, action: Action, row: Case): Promise<boolean> {
  const orgUnit = await ctx.loaders.orgUnitById.load(row.orgUnit.id);
  return ctx.ability.can(action, subject('Case', { groupId: row.groupId, status: row.status, authorId: row.authorId, orgUnit: orgUnit ?? { path: '' } }));
}

/**
 * Writes texts (stripped of customer data) and the search vector. Every write goes through here, so neither a
 * draft nor an edit can store a phone, a room or a customer's name.
 */
function writeTexts(row: Case, texts: Partial<Pick<Case, CaseTextField | 'tags'>>, customers: readonly CustomerData[], category: Category) {
  for (const field of CASE_TEXT_FIELDS) {
    const value = texts[field];
    if (value !== undefined) row[field] = stripPii(value, customers);
  }
  if (texts.tags) row.tags = [...new Set(texts.tags.map((tag) => stripPii(tag, customers).trim()).filter(Boolean))];
  row.category = category;
  row.categoryCode = category.code;
  Object.assign(row, searchVectorsOf(row, category.label));
}

async function customersOf(em: EntityManager, row: Case): Promise<CustomerData[]> {
  if (!row.sourceComplaint) return [];
  const complaint = await em.findOne(Complaint, { id: row.sourceComplaint.id });
  return complaint?.customers ?? [];
}

async function categoryFor(em: EntityManager, groupId: string, code: string): Promise<Category> {
  const category = await em.findOne(Category, { groupId, code, active: true });
  if (!category) throw badInput('categoryCode', `分类 ${code} 不存在或已停用`);
  return category;
}

async function gradeFor(em: EntityManager, unit: OrgUnit, code: string): Promise<{ code: string; label: string }> {
  const scheme = await resolveSchemeVersion(em, unit, new Date());
  const grade = scheme?.scheme.grades.find((g) => g.code === code);
  if (!grade) throw badInput('gradeCode', `分级标准中没有等级 ${code}`);
  return { code: grade.code, label: grade.label };
}

// ---------------------------------------------------------------- reading

/**
 * The caller's read rules on cases as a fresh object: MikroORM rewrites conditions in place, and `scopeFilter`
 * answers a filter that matches nothing when no rule allows.
 */
export const readScope = (ctx: Context): FilterQuery<Case> => structuredClone(scopeFilter(ctx.ability, 'read', 'Case'));

export function findReadableCase(ctx: Context, id: string): Promise<Case | null> {
  return ctx.em.findOne(Case, { $and: [{ id }, readScope(ctx)] } as FilterQuery<Case>);
}

/**
 * `case(id)`: a published case counts one read for this month — one upsert, the case row is not touched — unless
 * the caller says it is not a read (the editor loading the case it edits).
 */
export async function readCase(ctx: Context, id: string, countView = true): Promise<Case | null> {
  const row = await findReadableCase(ctx, id);
  if (countView && row?.status === 'PUBLISHED') {
    await ctx.em.execute(
      `insert into case_view (case_id, month, views) values (?, ?, 1)
       on conflict (case_id, month) do update set views = case_view.views + 1`,
      [row.id, shanghaiMonth(new Date())],
    );
  }
  return row;
}

export async function revisionsOf(ctx: Context, row: Case): Promise<CaseRevision[]> {
  if (!(await canOnCase(ctx, 'update', row))) return [];
  return ctx.em.find(CaseRevision, { case: row.id }, { orderBy: { revision: 'desc' } });
}

// ---------------------------------------------------------------- writing

async function loadForChange(ctx: Context, globalId: string): Promise<Case> {
  const row = await ctx.em.findOne(Case, { id: idOf('Case', globalId, 'id') }, { populate: ['orgUnit', 'category'] });
  if (!row) throw notFound('案例');
  return row;
}

async function flushCase(ctx: Context, row: Case): Promise<Case> {
  try {
    await ctx.em.flush();
    return row;
  } catch (error) {
    if (error instanceof OptimisticLockError) throw staleVersion('案例');
    throw error;
  }
}

/** 案例沉淀 from a concluded complaint the caller can read, into a draft of the complaint's project. */
export async function createCaseFromComplaint(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(fromComplaintSchema, raw);
  const complaint = await ctx.em.findOne(Complaint, { id: idOf('Complaint', input.complaintId, 'complaintId') }, { populate: ['project', 'category'] });
  if (!complaint) throw notFound('投诉');
  if (!ctx.ability.can('read', complaint)) throw forbidden('该投诉不在您的权限范围内');
  const project = complaint.project;
  if (!ctx.ability.can('create', subject('Case', { orgUnit: project }))) throw forbidden('您不能为该项目编写案例');
  if (!CONCLUDED_STATES.has(complaint.status)) throw badInput('complaintId', '投诉尚未完结，不能沉淀为案例');
  const existing = await ctx.em.findOne(Case, { sourceComplaint: complaint });
  if (existing) throw conflict(`该投诉已沉淀为案例「${existing.title}」`);

  const draft = await draftFromComplaint(ctx.em, complaint);
  const row = ctx.em.create(Case, {
    groupId: complaint.groupId,
    title: '',
    category: complaint.category,
    categoryCode: complaint.category.code,
    gradeCode: complaint.gradeCode,
    gradeLabel: complaint.gradeLabel,
    orgUnit: project,
    orgUnitName: project.name,
    regionName: await regionNameOf(ctx.em, project),
    year: draft.year,
    sourceComplaint: complaint,
    authorId: staffUser(ctx).id,
  });
  writeTexts(row, draft, complaint.customers, complaint.category);
  try {
    return await flushCase(ctx, row);
  } catch (error) {
    // Two drafts of one complaint raced past the check: the unique index let one in.
    if (error instanceof UniqueConstraintViolationException) throw conflict('该投诉已沉淀为案例');
    throw error;
  }
}

/** A hand-written case (training material) in a unit the caller edits cases for. */
export async function createCase(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(createCaseSchema, raw);
  const unit = await ctx.em.findOne(OrgUnit, { id: idOf('OrgUnit', input.orgUnitId, 'orgUnitId') });
  if (!unit) throw badInput('orgUnitId', '组织单元不存在');
  if (!ctx.ability.can('create', subject('Case', { orgUnit: unit }))) throw forbidden('您不能为该组织编写案例');
  const category = await categoryFor(ctx.em, unit.groupId, input.categoryCode);
  const grade = input.gradeCode ? await gradeFor(ctx.em, unit, input.gradeCode) : null;
  const row = ctx.em.create(Case, {
    groupId: unit.groupId,
    title: '',
    category,
    categoryCode: category.code,
    gradeCode: grade?.code ?? null,
    gradeLabel: grade?.label ?? null,
    orgUnit: unit,
    orgUnitName: unit.name,
    regionName: await regionNameOf(ctx.em, unit),
    year: input.year,
    authorId: staffUser(ctx).id,
  });
  writeTexts(
    row,
    {
      title: input.title,
      background: input.background ?? '',
      handlingProcess: input.handlingProcess ?? '',
      result: input.result ?? '',
      causeAnalysis: input.causeAnalysis ?? '',
      lessonsLearned: input.lessonsLearned ?? '',
      preventiveMeasures: input.preventiveMeasures ?? '',
      tags: input.tags ?? [],
    },
    [],
    category,
  );
  return flushCase(ctx, row);
}

function contentOf(row: Case): CaseContent {
  return {
    title: row.title,
    background: row.background,
    handlingProcess: row.handlingProcess,
    result: row.result,
    causeAnalysis: row.causeAnalysis,
    lessonsLearned: row.lessonsLearned,
    preventiveMeasures: row.preventiveMeasures,
    tags: [...row.tags],
    categoryCode: row.category.code,
    gradeCode: row.gradeCode,
    year: row.year,
  };
}

/** Edits the fields given. A published case stays published; the text it had is kept as a revision. */
export async function updateCase(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(updateCaseSchema, raw);
  const row = await loadForChange(ctx, input.id);
  if (!(await canOnCase(ctx, 'update', row))) throw forbidden('您不能修改该案例');
  if (row.version !== input.version) throw staleVersion('案例');
  const category = input.categoryCode ? await categoryFor(ctx.em, row.groupId, input.categoryCode) : row.category;
  const grade = input.gradeCode ? await gradeFor(ctx.em, row.orgUnit, input.gradeCode) : null;
  if (row.status === 'PUBLISHED') {
    ctx.em.create(CaseRevision, { case: row, revision: row.revision, content: contentOf(row), replacedBy: staffUser(ctx).id });
    row.revision += 1;
  }
  if (grade) [row.gradeCode, row.gradeLabel] = [grade.code, grade.label];
  if (input.year != null) row.year = input.year;
  const texts: Partial<Pick<Case, CaseTextField | 'tags'>> = {};
  for (const field of CASE_TEXT_FIELDS) if (input[field] != null) texts[field] = input[field];
  if (input.tags != null) texts.tags = input.tags;
  writeTexts(row, texts, await customersOf(ctx.em, row), category);
  return flushCase(ctx, row);
}

export async function submitCaseForReview(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(caseIdSchema, raw);
  const row = await loadForChange(ctx, input.id);
  if (!(await canOnCase(ctx, 'update', row))) throw forbidden('您不能提交该案例');
  if (row.status !== 'DRAFT') throw badInput('id', '只有草稿可以提交审核');
  row.status = 'IN_REVIEW';
  row.submittedAt = new Date();
  return flushCase(ctx, row);
}

/** Review failed: the case goes back to its author as a draft, with what to change. */
export async function returnCaseToDraft(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(returnCaseSchema, raw);
  const row = await loadForChange(ctx, input.id);
  if (!(await canOnCase(ctx, 'publish', row))) throw forbidden('您不能审核该案例');
  if (row.status !== 'IN_REVIEW') throw badInput('id', '只有审核中的案例可以退回修改');
  row.status = 'DRAFT';
  row.submittedAt = null;
  row.reviewNote = input.note;
  return flushCase(ctx, row);
}

/** Review passed: published to every reader of the group. */
export async function publishCase(ctx: Context, raw: unknown): Promise<Case> {
  const input = parseInput(caseIdSchema, raw);
  const row = await loadForChange(ctx, input.id);
  if (!(await canOnCase(ctx, 'publish', row))) throw forbidden('您不能发布该案例');
  if (row.status !== 'IN_REVIEW') throw badInput('id', row.status === 'PUBLISHED' ? '案例已发布' : '案例须先提交审核，审核后才能发布');
  const now = new Date();
  row.status = 'PUBLISHED';
  row.publishedAt = now;
  row.publishedBy = staffUser(ctx).id;
  row.reviewNote = null;
  row.listedAt = now;
  return flushCase(ctx, row);
}
