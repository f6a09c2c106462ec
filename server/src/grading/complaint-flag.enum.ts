import { COMPLAINT_FLAG_LABELS, ComplaintFlag } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** Facts that grading reads besides households and money (API.md `ComplaintFlag`; CG §7, XX 4.1.2.1, RE 4.2). */
export const ComplaintFlagEnum = registerLabeledEnum(ComplaintFlag, 'ComplaintFlag', '分级标记', COMPLAINT_FLAG_LABELS);
