import { COMPLAINT_FLAG_LABELS, COMPLAINT_KIND_LABELS } from '../complaint-facts.js';
import type { ComplaintFacts, ComplaintFlag, ComplaintKind } from '../complaint-facts.js';
import { formatYuanForDisplay, parseYuan } from '../money.js';
import type { Fen } from '../money.js';
import { THRESHOLD_OP_SYMBOLS, validateGradeScheme } from './grade-scheme.js';
import type { Grade, GradePolicy, GradeScheme, GradeSchemeProblem, ThresholdOp } from './grade-scheme.js';

/**
 * The grading engine (RULES.md §4): the highest-ranked grade with a firing rule wins, the default grade applies when
 * none fires, and the result lists every rule that fired, in Chinese, with the facts that made it fire
 * ("涉及户数 120 ≥ 100"). Boundaries are as the sources write them: "(含)以上" is `GTE` (inclusive).
 */

/** One rule that fired, as recorded with the grade. */
export interface FiredRule {
  readonly gradeCode: string;
  readonly gradeLabel: string;
  readonly ruleId: string;
  readonly source?: string;
  /** The conditions with the facts that satisfied them ("涉及户数 120 ≥ 100"). */
  readonly description: string;
}

export interface GradeResult {
  readonly schemeCode: string;
  readonly grade: { readonly code: string; readonly label: string; readonly rank: number };
  readonly policy: GradePolicy;
  /** No rule fired (or the kind is not graded by this scheme): the default grade applies. */
  readonly isDefault: boolean;
  /** Every rule that fired, in any grade, highest grade first. */
  readonly fired: readonly FiredRule[];
  /** Every fired rule in one Chinese text, stored as the complaint's grade explanation. */
  readonly explanation: string;
}

/** A scheme that does not pass {@link validateGradeScheme}. */
export class GradeSchemeError extends Error {
  override readonly name = 'GradeSchemeError';
  readonly problems: readonly GradeSchemeProblem[];
  constructor(problems: readonly GradeSchemeProblem[]) {
    super(`分级方案有误：${problems.map((p) => (p.path ? `${p.path}：${p.message}` : p.message)).join('；')}`);
    this.problems = problems;
  }
}

type CompiledCondition =
  | { readonly fact: 'householdCount'; readonly op: ThresholdOp; readonly value: number }
  | { readonly fact: 'compensationAmount'; readonly op: ThresholdOp; readonly fen: Fen }
  | { readonly fact: 'flag'; readonly flag: ComplaintFlag }
  | { readonly fact: 'overdue' }
  | { readonly fact: 'category'; readonly codes: ReadonlySet<string> }
  | { readonly fact: 'kind'; readonly kinds: ReadonlySet<ComplaintKind> };

interface CompiledRule {
  readonly id: string;
  readonly source: string | undefined;
  readonly conditions: readonly CompiledCondition[];
}

interface CompiledGrade {
  readonly grade: Grade;
  readonly summary: GradeResult['grade'];
  readonly rules: readonly CompiledRule[];
}

/** A validated scheme prepared for fast evaluation (thresholds parsed to fen, grades sorted by rank). */
export interface CompiledGradeScheme {
  readonly scheme: GradeScheme;
  readonly byRankDesc: readonly CompiledGrade[];
  readonly defaultGrade: CompiledGrade;
  readonly gradedKinds: ReadonlySet<ComplaintKind> | null;
}

const compiledCache = new WeakMap<GradeScheme, CompiledGradeScheme>();

/**
 * Validates and prepares a scheme; throws {@link GradeSchemeError} listing every problem. Results are cached per
 * scheme object, so treat schemes as immutable (they are published versions).
 */
export function compileGradeScheme(scheme: GradeScheme): CompiledGradeScheme {
  const cached = compiledCache.get(scheme);
  if (cached) return cached;
  const problems = validateGradeScheme(scheme);
  if (problems.length > 0) throw new GradeSchemeError(problems);
  const byRankDesc = [...scheme.grades]
    .sort((a, b) => b.rank - a.rank)
    .map((g): CompiledGrade => ({
      grade: g,
      summary: { code: g.code, label: g.label, rank: g.rank },
      rules: g.rules.map((r) => ({
        id: r.id,
        source: r.source,
        conditions: r.conditions.map((c): CompiledCondition => {
          switch (c.fact) {
            case 'compensationAmount':
              return { fact: c.fact, op: c.op, fen: parseYuan(c.value) };
            case 'category':
              return { fact: c.fact, codes: new Set(c.codes) };
            case 'kind':
              return { fact: c.fact, kinds: new Set(c.kinds) };
            default:
              return c;
          }
        }),
      })),
    }));
  const defaultGrade = byRankDesc.find((g) => g.grade.code === scheme.defaultGradeCode);
  // validateGradeScheme guarantees the default grade exists.
  if (!defaultGrade) throw new GradeSchemeError([{ path: 'defaultGradeCode', message: '默认等级不存在' }]);
  const compiled: CompiledGradeScheme = {
    scheme,
    byRankDesc,
    defaultGrade,
    gradedKinds: scheme.gradedKinds ? new Set(scheme.gradedKinds) : null,
  };
  compiledCache.set(scheme, compiled);
  return compiled;
}

function compare(op: ThresholdOp, actual: number, threshold: number): boolean {
  return op === 'GTE' ? actual >= threshold : actual < threshold;
}

/**
 * Grades a complaint. `compensationAmount: null` counts as 0. Throws `RangeError` for a negative or fractional
 * household count and `MoneyFormatError` for a malformed amount (validate input first with
 * `validateComplaintFacts` to report them as field errors).
 */
export function grade(scheme: GradeScheme | CompiledGradeScheme, facts: ComplaintFacts): GradeResult {
  const compiled = 'byRankDesc' in scheme ? scheme : compileGradeScheme(scheme);
  const households = facts.householdCount;
  if (!Number.isSafeInteger(households) || households < 0) {
    throw new RangeError(`涉及户数必须是非负整数：${String(households)}`);
  }
  const fen = facts.compensationAmount === null ? 0 : parseYuan(facts.compensationAmount);

  if (compiled.gradedKinds !== null && !compiled.gradedKinds.has(facts.kind)) {
    const d = compiled.defaultGrade;
    return {
      schemeCode: compiled.scheme.code,
      grade: d.summary,
      policy: d.grade.policy,
      isDefault: true,
      fired: [],
      explanation: `${COMPLAINT_KIND_LABELS[facts.kind]}不适用「${compiled.scheme.name}」的分级规则，定为默认等级「${d.grade.label}」`,
    };
  }

  const flags = facts.flags;
  const fired: FiredRule[] = [];
  let winner: CompiledGrade | null = null;
  for (const g of compiled.byRankDesc) {
    for (const rule of g.rules) {
      const parts: string[] = [];
      let holds = true;
      let lastFact: string | null = null;
      for (const c of rule.conditions) {
        switch (c.fact) {
          // Two bounds on the same fact read as one range: "涉及户数 80 ≥ 60 且 < 100".
          case 'householdCount':
            holds = compare(c.op, households, c.value);
            if (holds) {
              const bound = `${THRESHOLD_OP_SYMBOLS[c.op]} ${c.value}`;
              if (lastFact === c.fact) parts[parts.length - 1] += ` 且 ${bound}`;
              else parts.push(`涉及户数 ${households} ${bound}`);
            }
            break;
          case 'compensationAmount':
            holds = compare(c.op, fen, c.fen);
            if (holds) {
              const bound = `${THRESHOLD_OP_SYMBOLS[c.op]} ${formatYuanForDisplay(c.fen)}`;
              if (lastFact === c.fact) parts[parts.length - 1] += ` 且 ${bound}`;
              else parts.push(`涉及金额 ${formatYuanForDisplay(fen)} ${bound}`);
            }
            break;
          case 'flag':
            holds = flags.includes(c.flag);
            if (holds) parts.push(COMPLAINT_FLAG_LABELS[c.flag]);
            break;
          case 'overdue':
            holds = facts.overdue;
            if (holds) parts.push('已超过规定期限仍未形成最终解决方案');
            break;
          case 'category':
            holds = facts.categoryCode !== null && c.codes.has(facts.categoryCode);
            if (holds) parts.push(`投诉类别 ${facts.categoryCode} 属于 ${[...c.codes].join('、')}`);
            break;
          case 'kind':
            holds = c.kinds.has(facts.kind);
            if (holds) parts.push(`记录类型为${COMPLAINT_KIND_LABELS[facts.kind]}`);
            break;
        }
        if (!holds) break;
        lastFact = c.fact;
      }
      if (holds && rule.conditions.length > 0) {
        winner ??= g;
        fired.push({
          gradeCode: g.grade.code,
          gradeLabel: g.grade.label,
          ruleId: rule.id,
          ...(rule.source === undefined ? {} : { source: rule.source }),
          description: parts.join(' 且 '),
        });
      }
    }
  }

  const chosen = winner ?? compiled.defaultGrade;
  return {
    schemeCode: compiled.scheme.code,
    grade: chosen.summary,
    policy: chosen.grade.policy,
    isDefault: winner === null,
    fired,
    explanation: explain(chosen, fired, winner === null),
  };
}

function explain(chosen: CompiledGrade, fired: readonly FiredRule[], isDefault: boolean): string {
  if (isDefault && fired.length === 0) return `未命中任何分级规则，定为默认等级「${chosen.grade.label}」`;
  const groups: string[] = [];
  let current: string | null = null;
  let items: string[] = [];
  let label = '';
  for (const f of fired) {
    if (f.gradeCode !== current) {
      if (current !== null) groups.push(`${label}：${items.join('；')}`);
      current = f.gradeCode;
      label = f.gradeLabel;
      items = [];
    }
    items.push(f.description);
  }
  if (current !== null) groups.push(`${label}：${items.join('；')}`);
  const [first, ...rest] = groups;
  return rest.length === 0 ? (first ?? '') : `${first}。另满足 ${rest.join('。另满足 ')}`;
}
