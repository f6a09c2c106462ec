import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** Draft → review → published (the issue, item 2). */
export const CaseStatus = { DRAFT: 'DRAFT', IN_REVIEW: 'IN_REVIEW', PUBLISHED: 'PUBLISHED' } as const;
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];
export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = { DRAFT: '草稿', IN_REVIEW: '审核中', PUBLISHED: '已发布' };

export const CaseStatusEnum = registerLabeledEnum(CaseStatus, 'CaseStatus', '案例状态', CASE_STATUS_LABELS);
