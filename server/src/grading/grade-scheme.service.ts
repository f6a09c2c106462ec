import {
  COMPLAINT_KIND_LABELS,
  DEFAULT_TIME_LIMITS,
  formatYuan,
  grade,
  gradeSchemePreset,
  parseYuan,
  taxonomyKindFor,
  validateComplaintFacts,
  validateGradeScheme,
  type ComplaintFacts,
  type Grade,
  type GradeCondition,
  type GradeResult,
  type GradeScheme,
  type GradeSchemePreset,
  type GradeSchemeProblem,
  type TimeLimitSettings,
} from '@kesu/domain';
import { subject } from '@kesu/permissions';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Category } from '../category/category.entity.js';
import { findCategoryByCode } from '../category/category.service.js';
import type { Context } from '../graphql/context.js';
import { AppError, badInput, forbidden, notFound } from '../graphql/errors.js';
import { idOf } from '../graphql/global-id.js';
import { scopeFilter } from '../graphql/scope-filter.js';
import { parseInput } from '../graphql/validation.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';
import {
  previewGradeSchema,
  publishGradeSchemeSchema,
  type GradeSchemeDraft,
  type PreviewGradeInput,
  type PublishGradeSchemeInput,
} from './grade-scheme.inputs.js';

/** Gives a group a first scheme version (effective from the beginning of time) unless it has one. */
export async function seedDefaultScheme(em: EntityManager, group: OrgUnit, preset: GradeSchemePreset = 'CG_KEY_EVENTS'): Promise<void> {
  if ((await em.count(GradeSchemeVersion, { orgUnit: group })) > 0) return;
  em.create(GradeSchemeVersion, {
    orgUnit: group,
    groupId: group.groupId,
    version: 1,
    effectiveFrom: new Date('2000-01-01T00:00:00Z'),
    presetCode: preset,
    scheme: gradeSchemePreset(preset),
    timeLimits: DEFAULT_TIME_LIMITS,
  });
  await em.flush();
}

/**
 * The scheme version that applies to a complaint about `unit` received at `at`: on the nearest unit (the unit
 * itself, then its ancestors) that has a version effective by then, the latest such version (RULES.md §4).
 */
export async function resolveSchemeVersion(em: EntityManager, unit: OrgUnit, at: Date): Promise<GradeSchemeVersion | null> {
  const chain = [...unit.ancestorIds(), unit.id];
  const candidates = await em.find(
    GradeSchemeVersion,
    { orgUnit: { $in: chain }, effectiveFrom: { $lte: at } },
    { orderBy: { effectiveFrom: 'desc', version: 'desc' } },
  );
  const depthOf = new Map(chain.map((id, depth) => [id, depth]));
  let best: GradeSchemeVersion | null = null;
  for (const candidate of candidates) {
    if (!best || depthOf.get(candidate.orgUnit.id)! > depthOf.get(best.orgUnit.id)!) best = candidate;
  }
  return best;
}

/**
 * Every version published on the unit or its ancestors, newest first — the history an admin looks at before
 * publishing. Empty for a unit the caller cannot read (its existence is not revealed).
 */
export async function listSchemeVersions(ctx: Context, orgUnitGlobalId: string): Promise<GradeSchemeVersion[]> {
  const unit = await findReadableOrgUnit(ctx, idOf('OrgUnit', orgUnitGlobalId, 'orgUnitId'));
  if (!unit) return [];
  return ctx.em.find(
    GradeSchemeVersion,
    {
      $and: [{ orgUnit: { $in: [...unit.ancestorIds(), unit.id] } }, scopeFilter(ctx.ability, 'read', 'GradeScheme')],
    } as FilterQuery<GradeSchemeVersion>,
    { orderBy: { publishedAt: 'desc', version: 'desc', id: 'asc' } },
  );
}

/** How far in the past `effectiveFrom` may lie (clock skew between the admin's browser and the server). */
const EFFECTIVE_FROM_TOLERANCE_MS = 60_000;

/** Far above any regulation's table; keeps a stored scheme and its evaluation small. */
const LIMITS = { grades: 20, rules: 50, conditions: 20 } as const;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function schemeProblem(problems: readonly GradeSchemeProblem[]): AppError {
  const first = problems[0]!;
  const field = first.path || 'grades';
  return new AppError('BAD_USER_INPUT', `${field}：${first.message}`, { field, problems });
}

/**
 * JSON from the client, checked for the shape `validateGradeScheme` reads without crashing (objects where it
 * expects objects), copied so the checks below never see the caller's objects. A missing `escalationTarget`
 * means "handled where it arose" (`null`).
 */
function gradesFromJson(value: unknown): { grades: Grade[]; problems: GradeSchemeProblem[] } {
  const problems: GradeSchemeProblem[] = [];
  if (!Array.isArray(value)) return { grades: [], problems: [{ path: 'grades', message: '等级必须是列表' }] };
  if (value.length > LIMITS.grades) return { grades: [], problems: [{ path: 'grades', message: `等级不能超过 ${LIMITS.grades} 个` }] };
  const grades = value.map((raw, g) => {
    if (!isPlainObject(raw)) {
      problems.push({ path: `grades[${g}]`, message: '等级必须是对象' });
      return raw as never;
    }
    const policy = isPlainObject(raw.policy) ? { escalationTarget: null, ...raw.policy } : raw.policy;
    if (Array.isArray(raw.rules) && raw.rules.length > LIMITS.rules) {
      problems.push({ path: `grades[${g}].rules`, message: `每个等级的规则不能超过 ${LIMITS.rules} 条` });
    }
    const rules = Array.isArray(raw.rules)
      ? raw.rules.map((rule: unknown, r: number) => {
          const at = `grades[${g}].rules[${r}]`;
          if (!isPlainObject(rule)) problems.push({ path: at, message: '规则必须是对象' });
          else if (rule.source != null && typeof rule.source !== 'string') problems.push({ path: `${at}.source`, message: '规则出处必须是文字' });
          else if (Array.isArray(rule.conditions) && rule.conditions.length > LIMITS.conditions) {
            problems.push({ path: `${at}.conditions`, message: `每条规则的条件不能超过 ${LIMITS.conditions} 个` });
          }
          return rule;
        })
      : raw.rules;
    return { ...raw, policy, rules } as unknown as Grade;
  });
  return { grades, problems };
}

/** Only the keys the engine reads, money in canonical form ("2000" → "2000.00"). Runs after validation. */
function normalizeCondition(c: GradeCondition): GradeCondition {
  switch (c.fact) {
    case 'householdCount':
      return { fact: c.fact, op: c.op, value: c.value };
    case 'compensationAmount':
      return { fact: c.fact, op: c.op, value: formatYuan(parseYuan(c.value)) };
    case 'flag':
      return { fact: c.fact, flag: c.flag };
    case 'overdue':
      return { fact: c.fact };
    case 'category':
      return { fact: c.fact, codes: [...c.codes] };
    case 'kind':
      return { fact: c.fact, kinds: [...c.kinds] };
  }
}

function normalizeGrades(grades: readonly Grade[]): Grade[] {
  return grades.map((g) => ({
    code: g.code,
    label: g.label.trim(),
    rank: g.rank,
    policy: {
      responseMinutes: g.policy.responseMinutes,
      resolutionWorkingDays: g.policy.resolutionWorkingDays,
      escalatedResolutionWorkingDays: g.policy.escalatedResolutionWorkingDays,
      escalationTarget: g.policy.escalationTarget,
      startsEmergencyTeam: g.policy.startsEmergencyTeam,
      requiresAccountability: g.policy.requiresAccountability,
      notifyGroupImmediately: g.policy.notifyGroupImmediately,
    },
    rules: g.rules.map((rule) => ({
      id: rule.id,
      ...(rule.source ? { source: rule.source } : {}),
      conditions: rule.conditions.map(normalizeCondition),
    })),
  }));
}

/** Category conditions must name categories of the group's taxonomy. */
async function unknownCategoryProblems(em: EntityManager, groupId: string, grades: readonly Grade[]): Promise<GradeSchemeProblem[]> {
  const wanted = grades.flatMap((g, gi) =>
    g.rules.flatMap((rule, ri) =>
      rule.conditions.flatMap((c, ci) => (c.fact === 'category' ? [{ path: `grades[${gi}].rules[${ri}].conditions[${ci}].codes`, codes: c.codes }] : [])),
    ),
  );
  if (wanted.length === 0) return [];
  const known = new Set(
    (await em.find(Category, { groupId, code: { $in: [...new Set(wanted.flatMap((w) => w.codes))] } })).map((c) => c.code),
  );
  return wanted.flatMap((w) => {
    const unknown = w.codes.filter((code) => !known.has(code));
    return unknown.length ? [{ path: w.path, message: `未知的分类编码：${unknown.join('、')}` }] : [];
  });
}

/**
 * A draft scheme for `unit`, checked whole and normalized: the preset as is, or the preset overridden by the grades
 * JSON and the other fields; the domain's checks; category codes of the unit's group. Bad input is BAD_USER_INPUT
 * naming the path of the first problem. Publishing and the impact preview both go through here, so a draft is
 * previewed exactly as it would be published.
 */
export async function validateSchemeDraft(em: EntityManager, unit: OrgUnit, input: GradeSchemeDraft): Promise<GradeScheme> {
  const preset = input.presetCode ? gradeSchemePreset(input.presetCode) : null;
  if (input.grades == null && !preset) throw badInput('grades', '请填写等级，或选择一个预设方案');
  const { grades, problems: shapeProblems } = input.grades == null ? { grades: [...preset!.grades], problems: [] } : gradesFromJson(input.grades);
  if (shapeProblems.length) throw schemeProblem(shapeProblems);
  const gradedKinds = input.gradedKinds ?? preset?.gradedKinds;
  const candidate: GradeScheme = {
    code: input.presetCode ?? 'CUSTOM',
    name: input.name ?? preset?.name ?? `${unit.name}分级方案`,
    ...(preset && input.grades == null && preset.source ? { source: preset.source } : {}),
    defaultGradeCode: (input.defaultGradeCode ?? preset?.defaultGradeCode ?? '') as string,
    ...(gradedKinds ? { gradedKinds: [...gradedKinds] } : {}),
    grades,
  };
  const problems = validateGradeScheme(candidate);
  if (problems.length) throw schemeProblem(problems);
  const categoryProblems = await unknownCategoryProblems(em, unit.groupId, grades);
  if (categoryProblems.length) throw schemeProblem(categoryProblems);
  return { ...candidate, grades: normalizeGrades(grades) };
}

/**
 * Publishes a new version for an org subtree (RULES.md §4): ADMIN of the unit's subtree only; the scheme is checked
 * whole before anything is written; the version number is the unit's previous maximum + 1 (serialized per unit);
 * complaints already graded keep the version they were graded under.
 */
export async function publishGradeScheme(ctx: Context, rawInput: PublishGradeSchemeInput): Promise<GradeSchemeVersion> {
  const input = parseInput(publishGradeSchemeSchema, rawInput);
  const unitId = idOf('OrgUnit', input.orgUnitId, 'orgUnitId');
  const now = new Date();
  return ctx.em.transactional(async (em) => {
    const unit = await em.findOne(OrgUnit, { id: unitId });
    if (!unit) throw badInput('orgUnitId', '组织单元不存在');
    if (!ctx.ability.can('create', subject('GradeScheme', { groupId: unit.groupId, orgUnit: unit }))) {
      throw forbidden('您不能为该单元发布分级方案');
    }
    const effectiveFrom = input.effectiveFrom ?? now;
    if (effectiveFrom.getTime() < now.getTime() - EFFECTIVE_FROM_TOLERANCE_MS) {
      throw badInput('effectiveFrom', '生效时间不能早于当前时间；已受理的投诉保持原分级方案');
    }

    const scheme = await validateSchemeDraft(em, unit, input);

    // One publisher per unit at a time, so two publications cannot both take the same number.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`grade-scheme:${unit.id}`]);
    const [latest] = await em.find(GradeSchemeVersion, { orgUnit: unit }, { orderBy: { version: 'desc' }, limit: 1 });
    const timeLimits: TimeLimitSettings = input.timeLimits ?? (await resolveSchemeVersion(em, unit, now))?.timeLimits ?? DEFAULT_TIME_LIMITS;
    return em.create(GradeSchemeVersion, {
      orgUnit: unit,
      groupId: unit.groupId,
      version: (latest?.version ?? 0) + 1,
      effectiveFrom,
      presetCode: input.presetCode ?? null,
      scheme,
      timeLimits: { ...DEFAULT_TIME_LIMITS, ...timeLimits },
      publishedBy: ctx.viewer?.user ? em.getReference(User, ctx.viewer.user.id) : null,
      publishedAt: now,
    });
  });
}

export interface GradePreview {
  result: GradeResult;
  version: GradeSchemeVersion;
}

/**
 * Grades facts the way a new complaint about `orgUnitId` would be graded at `at` (default now): the scheme version
 * from `resolveSchemeVersion`, the domain engine. Nothing is written. A unit the caller cannot read is NOT_FOUND.
 */
export async function previewGrade(ctx: Context, rawInput: PreviewGradeInput): Promise<GradePreview> {
  const input = parseInput(previewGradeSchema, rawInput);
  const unit = await findReadableOrgUnit(ctx, idOf('OrgUnit', input.orgUnitId, 'orgUnitId'));
  if (!unit || !ctx.ability.can('read', subject('GradeScheme', { groupId: unit.groupId }))) throw notFound('组织单元');
  const kind = input.kind ?? 'COMPLAINT';
  const categoryCode = input.categoryCode || null;
  if (categoryCode) {
    const category = await findCategoryByCode(ctx.em, unit.groupId, categoryCode);
    if (!category) throw badInput('categoryCode', `分类编码 ${categoryCode} 不存在`);
    if (category.kind !== taxonomyKindFor(kind)) {
      throw badInput('categoryCode', `分类「${category.label}」不能用于${COMPLAINT_KIND_LABELS[kind]}`);
    }
  }
  const facts: ComplaintFacts = {
    kind,
    householdCount: input.householdCount ?? 1,
    compensationAmount: input.compensationAmount ?? null,
    flags: [...new Set(input.flags ?? [])],
    overdue: input.overdue ?? false,
    categoryCode,
  };
  const [problem] = validateComplaintFacts(facts);
  if (problem) throw badInput(problem.field, problem.message);
  const version = await resolveSchemeVersion(ctx.em, unit, input.at ?? new Date());
  if (!version) throw badInput('orgUnitId', `「${unit.name}」在该时间没有生效的分级方案`);
  return { result: grade(version.scheme, facts), version };
}
