import { DEPARTMENT_TYPE_LABELS, DepartmentType, ORG_LEVEL_LABELS, OrgLevel } from '@kesu/domain';
import { registerLabeledEnum } from '../graphql/labeled-enum.js';

export const OrgLevelEnum = registerLabeledEnum(OrgLevel, 'OrgLevel', '组织层级', ORG_LEVEL_LABELS);
export const DepartmentTypeEnum = registerLabeledEnum(DepartmentType, 'DepartmentType', '专业部门类型', DEPARTMENT_TYPE_LABELS);
