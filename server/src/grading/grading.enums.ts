import { GRADE_SCHEME_PRESET_LABELS, GradeSchemePreset } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** The regulations shipped as ready-made grade schemes (RULES.md §4). */
export const GradeSchemePresetEnum = registerLabeledEnum(GradeSchemePreset, 'GradeSchemePreset', '分级方案预设', GRADE_SCHEME_PRESET_LABELS);
