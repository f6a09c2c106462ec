import type { casesMessagesZhCN } from './cases-messages';
import type { CaseStatus } from './cases-operations';

type CasesMessageKey = keyof typeof casesMessagesZhCN;

/** The body of a case in reading order; the same keys name the fields of Case, CaseRevision and the inputs. */
export const CASE_SECTIONS = [
  'background',
  'handlingProcess',
  'result',
  'causeAnalysis',
  'lessonsLearned',
  'preventiveMeasures',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export const STATUS_COLORS: Record<CaseStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  PUBLISHED: 'success',
};

export const statusKey = (status: CaseStatus) => `cases.status.${status}` as const;

export const sectionKey = (section: CaseSection | 'title') => `cases.field.${section}` as const;

const HIGHLIGHT_FIELDS = new Set<string>(['title', ...CASE_SECTIONS]);

/** i18n key of a highlight's field (title or a section); an unknown field falls back to 正文-like 背景. */
export function fieldKey(field: string): CasesMessageKey {
  return HIGHLIGHT_FIELDS.has(field) ? sectionKey(field as CaseSection) : 'cases.field.background';
}
