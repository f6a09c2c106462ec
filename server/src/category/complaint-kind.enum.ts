import { COMPLAINT_KIND_LABELS, ComplaintKind } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** 客户投诉 / 客户需求 / 客户投诉预警 (RULES.md §2). Warnings and complaints share the complaint taxonomy. */
export const ComplaintKindEnum = registerLabeledEnum(ComplaintKind, 'ComplaintKind', '记录类型', COMPLAINT_KIND_LABELS);
