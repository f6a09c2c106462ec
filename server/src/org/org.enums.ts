import { DEPARTMENT_TYPE_LABELS, DepartmentType, ORG_LEVEL_LABELS, OrgLevel } from '@kesu/domain';
import { registerEnumType } from 'type-graphql';

// Enum values are English codes; their Chinese names travel as descriptions and as `…Label` fields.
export const OrgLevelEnum = OrgLevel;
registerEnumType(OrgLevelEnum, {
  name: 'OrgLevel',
  description: '组织层级',
  valuesConfig: Object.fromEntries(Object.entries(ORG_LEVEL_LABELS).map(([k, label]) => [k, { description: label }])),
});

export const DepartmentTypeEnum = DepartmentType;
registerEnumType(DepartmentTypeEnum, {
  name: 'DepartmentType',
  description: '专业部门类型',
  valuesConfig: Object.fromEntries(Object.entries(DEPARTMENT_TYPE_LABELS).map(([k, label]) => [k, { description: label }])),
});
