import { COMPLAINT_FLAGS, COMPLAINT_KINDS, type ComplaintFlag, type ComplaintKind, type GradeConditionFact, type ThresholdOp } from '@kesu/domain';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { orgLevelLabel } from '../../i18n/org-level-label';

export const CONDITION_FACTS: readonly GradeConditionFact[] = ['householdCount', 'compensationAmount', 'flag', 'overdue', 'category', 'kind'];
export const THRESHOLD_OPS: readonly ThresholdOp[] = ['GTE', 'LT'];

/** Labels of the domain's codes in the UI language (zh-CN repeats the domain's own Chinese labels). */
export function useSchemeLabels() {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const flag = (f: ComplaintFlag) => t(`grade-schemes.flag.${f}` as MessageKey);
    const kind = (k: ComplaintKind) => t(`grade-schemes.kind.${k}` as MessageKey);
    const fact = (f: GradeConditionFact) => t(`grade-schemes.fact.${f}` as MessageKey);
    const op = (o: ThresholdOp) => t(`grade-schemes.op.${o}` as MessageKey);
    const level = (l: string) => orgLevelLabel(locale, l);
    const kindRecord = Object.fromEntries(COMPLAINT_KINDS.map((k) => [k, kind(k)])) as Record<ComplaintKind, string>;
    return {
      flag,
      kind,
      fact,
      op,
      level,
      kindRecord,
      flagOptions: COMPLAINT_FLAGS.map((f) => ({ value: f, label: flag(f) })),
      kindOptions: COMPLAINT_KINDS.map((k) => ({ value: k, label: kind(k) })),
      factOptions: CONDITION_FACTS.map((f) => ({ value: f, label: fact(f) })),
      opOptions: THRESHOLD_OPS.map((o) => ({ value: o, label: op(o) })),
    };
  }, [t, locale]);
}
