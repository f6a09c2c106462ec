import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { CASE_OPTIONS_QUERY } from './cases-operations';

export interface CaseOption {
  value: string;
  label: string;
}

/**
 * Category and grade choices. Cases keep the grade of the event they came from, so the grades are those of every
 * preset scheme (A1/A2/一般事件, 重大投诉 …), each code once.
 */
export function useCaseOptions() {
  const { data, loading, error } = useQuery(CASE_OPTIONS_QUERY);
  const categories = useMemo<CaseOption[]>(
    () => (data?.categories ?? []).map((category) => ({ value: category.code, label: category.label })),
    [data],
  );
  const grades = useMemo<CaseOption[]>(() => {
    const byCode = new Map<string, string>();
    for (const preset of data?.gradeSchemePresets ?? []) {
      for (const grade of preset.grades) if (!byCode.has(grade.code)) byCode.set(grade.code, grade.label);
    }
    return [...byCode].map(([value, label]) => ({ value, label }));
  }, [data]);
  return { categories, grades, loading, error };
}

/** The years a case can be filed under: this year back to ten years ago. */
export function recentYears(now = new Date()): number[] {
  const current = now.getFullYear();
  return Array.from({ length: 11 }, (_, i) => current - i);
}
