/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddCalendarYearInput = {
  year: number;
};

export type AssignRoleInput = {
  orgUnitId: string | number;
  role: Role;
  userId: string | number;
};

/** 日历日类型 */
export type CalendarDayType =
  /** 节假日休息 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'MAKEUP_WORKDAY'
  /** 周末休息 */
  | 'WEEKEND'
  /** 工作日 */
  | 'WORKDAY';

/** 日历数据来源 */
export type CalendarSource =
  /** 管理员维护 */
  | 'ADMIN'
  /** 官方节假日安排 */
  | 'OFFICIAL';

/** 分级标记 */
export type ComplaintFlag =
  /** 人员伤亡 */
  | 'CASUALTIES'
  /** 集中交付延期 */
  | 'DELIVERY_DELAY'
  /** 可能引发群体性诉讼 */
  | 'GROUP_LITIGATION_RISK'
  /** 集团考核节点延后或项目年度经营指标调低 */
  | 'KPI_IMPACT'
  /** 已引发法律诉讼 */
  | 'LITIGATION'
  /** 已被媒体曝光 */
  | 'MEDIA_EXPOSURE'
  /** 产权办理延期 */
  | 'TITLE_DELAY';

/** 记录类型 */
export type ComplaintKind =
  /** 客户投诉 */
  | 'COMPLAINT'
  /** 客户需求 */
  | 'DEMAND'
  /** 客户投诉预警 */
  | 'WARNING';

export type CreateCategoryInput = {
  /** 编码，集团内唯一，创建后不能修改 */
  code: string;
  /** 主责部门类型 */
  department: DepartmentType;
  description?: string | null | undefined;
  /** 投诉分类（投诉与预警共用）或需求分类；创建后不能修改 */
  kind: TaxonomyKind;
  label: string;
  /** 排序，小的在前；默认排在同一分类体系的最后 */
  sortOrder?: number | null | undefined;
};

export type CreateDepartmentInput = {
  /** 默认为部门类型的中文名 */
  name?: string | null | undefined;
  orgUnitId: string | number;
  type: DepartmentType;
};

export type CreateOrgUnitInput = {
  code: string;
  level: OrgLevel;
  name: string;
  parentId: string | number;
};

export type CreateUserInput = {
  login: string;
  name: string;
  /** 所属组织；默认为调用者作为管理员所在的单元 */
  orgUnitId?: string | number | null | undefined;
  password: string;
  phone?: string | null | undefined;
};

export type DeleteDepartmentInput = {
  id: string | number;
};

export type DeleteOrgUnitInput = {
  id: string | number;
};

/** 专业部门类型 */
export type DepartmentType =
  /** 客户关系部 */
  | 'CUSTOMER_RELATIONS'
  /** 设计部 */
  | 'DESIGN'
  /** 开发部 */
  | 'DEVELOPMENT'
  /** 工程部 */
  | 'ENGINEERING'
  /** 法务部 */
  | 'LEGAL'
  /** 营销部 */
  | 'MARKETING'
  /** 媒体关系部 */
  | 'MEDIA'
  /** 绩效管理部 */
  | 'PERFORMANCE'
  /** 物业部 */
  | 'PROPERTY';

/** 用分级方案草案重新评定近期记录的参数：草案字段与 PublishGradeSchemeInput 相同，按发布时的规则校验 */
export type GradeSchemeImpactInput = {
  /** 未命中任何规则时的等级编码；默认取预设的 */
  defaultGradeCode?: string | null | undefined;
  /** 参与分级的记录类型；默认取预设的，无预设时为全部 */
  gradedKinds?: Array<ComplaintKind> | null | undefined;
  /** 等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填 */
  grades?: unknown;
  /** 统计最近几个月受理的记录（1–12），默认 3 */
  months?: number | null | undefined;
  /** 方案名称；不影响评级，仅按发布时的规则校验 */
  name?: string | null | undefined;
  /** 草案将要发布到的组织单元（及其全部下级） */
  orgUnitId: string | number;
  /** 基于的预设方案；未填写 grades 等字段时整体采用该预设 */
  presetCode?: GradeSchemePreset | null | undefined;
};

/** 分级方案预设 */
export type GradeSchemePreset =
  /** 碧桂园 客户类重点事件分级（A类一级/二级） */
  | 'CG_KEY_EVENTS'
  /** 恒大 客户类重点事件分级（A类一级/二级） */
  | 'EG_KEY_EVENTS'
  /** 地产规程 一般/重大投诉（1万元、5户、诉讼） */
  | 'RE_ESTATE'
  /** XX物业 一般/重大投诉（2000元） */
  | 'XX_PROPERTY';

export type LoginInput = {
  login: string;
  password: string;
};

export type MoveOrgUnitInput = {
  id: string | number;
  newParentId: string | number;
};

/** 组织层级 */
export type OrgLevel =
  /** 片区 */
  | 'AREA'
  /** 城市公司 */
  | 'CITY'
  /** 集团 */
  | 'GROUP'
  /** 项目 */
  | 'PROJECT'
  /** 项目管理中心 */
  | 'PROJECT_MGMT_CENTER'
  /** 物业公司 */
  | 'PROPERTY_COMPANY'
  /** 区域公司 */
  | 'REGION'
  /** 物业服务中心 */
  | 'SERVICE_CENTER';

export type OrgUnitFilter = {
  level?: OrgLevel | null | undefined;
  /** 只列出该单元的直接下级 */
  parentId?: string | number | null | undefined;
  /** 按名称或编码搜索 */
  search?: string | null | undefined;
};

export type PreviewGradeInput = {
  /** 按该时间生效的方案评级（如受理时间），默认现在 */
  at?: string | null | undefined;
  /** 分类编码 */
  categoryCode?: string | null | undefined;
  /** 涉及金额（元） */
  compensationAmount?: string | null | undefined;
  flags?: Array<ComplaintFlag> | null | undefined;
  /** 涉及户数，默认 1 */
  householdCount?: number | null | undefined;
  /** 记录类型，默认为客户投诉 */
  kind?: ComplaintKind | null | undefined;
  /** 投诉所属的项目或其他组织单元；按其适用的分级方案评级 */
  orgUnitId: string | number;
  /** 已超过规定期限仍未形成最终解决方案 */
  overdue?: boolean | null | undefined;
};

export type PublishGradeSchemeInput = {
  /** 未命中任何规则时的等级编码；默认取预设的 */
  defaultGradeCode?: string | null | undefined;
  /** 生效时间，默认立即；不能早于当前时间 1 分钟以上 */
  effectiveFrom?: string | null | undefined;
  /** 参与分级的记录类型；默认取预设的，无预设时为全部 */
  gradedKinds?: Array<ComplaintKind> | null | undefined;
  /** 等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填 */
  grades?: unknown;
  /** 方案名称；默认为预设名称 */
  name?: string | null | undefined;
  /** 方案适用的组织单元（及其全部下级） */
  orgUnitId: string | number;
  /** 基于的预设方案；未填写 grades 等字段时整体采用该预设 */
  presetCode?: GradeSchemePreset | null | undefined;
  /** 时限设置；默认沿用该单元当前适用的设置 */
  timeLimits?: TimeLimitsInput | null | undefined;
};

export type ResetUserPasswordInput = {
  password: string;
  userId: string | number;
};

export type RevokeRoleInput = {
  orgUnitId: string | number;
  role: Role;
  userId: string | number;
};

/** 角色 */
export type Role =
  /** 系统管理员 */
  | 'ADMIN'
  /** 片区总 */
  | 'AREA_HEAD'
  /** 案例学习者 */
  | 'CASE_READER'
  /** 城市总 */
  | 'CITY_HEAD'
  /** 客服专员 */
  | 'CS_AGENT'
  /** 专业部门员工 */
  | 'DEPARTMENT_STAFF'
  /** 集团客户关系部 */
  | 'GROUP_CR'
  /** 绩效管理 */
  | 'PERFORMANCE'
  /** 项目总 */
  | 'PROJECT_HEAD'
  /** 品管中心 */
  | 'QUALITY_CENTER'
  /** 区域客户关系主管负责人 */
  | 'REGION_CR_EXECUTIVE'
  /** 区域客户关系负责人 */
  | 'REGION_CR_LEAD'
  /** 区域总裁 */
  | 'REGION_PRESIDENT'
  /** 物业服务中心员工 */
  | 'SERVICE_CENTER_STAFF';

export type SetCalendarDayInput = {
  date: string;
  isWorkday: boolean;
  /** 节日名称，如 “国庆节” */
  name?: string | null | undefined;
};

/** 分类体系 */
export type TaxonomyKind =
  /** 投诉分类 */
  | 'COMPLAINT'
  /** 需求分类 */
  | 'DEMAND';

export type TimeLimitsInput = {
  accountabilityWorkingDays: number;
  complaintReturnVisitHours: number;
  demandReturnVisitHours: number;
  exemptionPurchaseThreshold: string;
  maxDeadlineExtensions: number;
};

export type UpdateCategoryInput = {
  /** 停用后不能用于新投诉，历史投诉保留 */
  active?: boolean | null | undefined;
  department?: DepartmentType | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  sortOrder?: number | null | undefined;
  /** 读取时的版本；已被他人修改时返回 CONFLICT */
  version: number;
};

export type UpdateOrgUnitInput = {
  code?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** 读取时的版本；填写后若已被他人修改则返回 CONFLICT */
  version?: number | null | undefined;
};

export type UserFilter = {
  /** 所属组织在该单元之下（含下级）的人员 */
  orgUnitId?: string | number | null | undefined;
  /** 持有该角色的人员 */
  role?: Role | null | undefined;
  /** 按姓名、账号或手机号搜索 */
  search?: string | null | undefined;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { __typename: 'LoginPayload', token: string, user: { __typename: 'User', id: string, name: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Viewer', rules: unknown, user: { __typename: 'User', id: string, name: string }, roles: Array<{ __typename: 'RoleAssignment', role: Role, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel } | null }> } };

export type WorkingCalendarQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarQuery = { workingCalendar: { __typename: 'WorkingCalendarYear', year: number, official: boolean, source: CalendarSource | null, workdayCount: number, days: Array<{ __typename: 'CalendarDayInfo', date: string, isWorkday: boolean, type: CalendarDayType, label: string, name: string | null, weekday: number, official: boolean, source: CalendarSource | null }> } };

export type SetCalendarDayMutationVariables = Exact<{
  input: SetCalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { __typename: 'SetCalendarDayPayload', day: { __typename: 'CalendarDayInfo', date: string, isWorkday: boolean, type: CalendarDayType, label: string, name: string | null, weekday: number, official: boolean, source: CalendarSource | null } } };

export type AddCalendarYearMutationVariables = Exact<{
  input: AddCalendarYearInput;
}>;


export type AddCalendarYearMutation = { addCalendarYear: { __typename: 'AddCalendarYearPayload', workingCalendar: { __typename: 'WorkingCalendarYear', year: number, official: boolean, source: CalendarSource | null, workdayCount: number } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number } } };

export type UpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number } } };

export type GradeDefinitionFieldsFragment = { __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } };

export type GradeSchemeVersionFieldsFragment = { __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } };

export type GradeSchemesQueryVariables = Exact<{
  orgUnitId: string | number;
}>;


export type GradeSchemesQuery = { gradeSchemes: Array<{ __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } }>, node:
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
   | null };

export type GradeSchemePresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type GradeSchemePresetsQuery = { gradeSchemePresets: Array<{ __typename: 'GradeSchemePresetInfo', code: GradeSchemePreset, label: string, name: string, source: string | null, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }> }> };

export type SchemeCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemeCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, active: boolean }> };

export type PreviewGradeQueryVariables = Exact<{
  input: PreviewGradeInput;
}>;


export type PreviewGradeQuery = { previewGrade: { __typename: 'GradeResult', isDefault: boolean, explanation: Array<string>, schemeVersion: number, grade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, policy: { __typename: 'GradePolicy', description: string } } };

export type GradeSchemeImpactQueryVariables = Exact<{
  input: GradeSchemeImpactInput;
}>;


export type GradeSchemeImpactQuery = { gradeSchemeImpact: { __typename: 'GradeSchemeImpact', from: string, to: string, complaintCount: number, changedCount: number, overriddenCount: number, otherSchemeCount: number, changes: Array<{ __typename: 'GradeSchemeImpactChange', count: number, fromGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, toGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number } }>, examples: Array<{ __typename: 'GradeSchemeImpactExample', gradeOverridden: boolean, complaint: { __typename: 'Complaint', id: string, number: string, title: string, receivedAt: string, householdCount: number, compensationAmount: string, project: { __typename: 'OrgUnit', id: string, name: string } | null }, fromGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, toGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number } }> } };

export type PublishGradeSchemeMutationVariables = Exact<{
  input: PublishGradeSchemeInput;
}>;


export type PublishGradeSchemeMutation = { publishGradeScheme: { __typename: 'PublishGradeSchemePayload', gradeScheme: { __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } } } };

export type OrgUnitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrgUnitFilter | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: { __typename: 'OrgUnitConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrgUnitEdge', cursor: string, node: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string } | null } }> } };

export type OrgUnitByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitByIdQuery = { node:
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string } | null }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
   | null };

export type OrgUnitDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitDetailQuery = { node:
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null, children: { __typename: 'OrgUnitConnection', totalCount: number }, departments: Array<{ __typename: 'Department', id: string, name: string, type: DepartmentType, typeLabel: string }> }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
   | null };

export type OrgUnitSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: OrgUnitFilter | null | undefined;
}>;


export type OrgUnitSearchQuery = { orgUnits: { __typename: 'OrgUnitConnection', totalCount: number, edges: Array<{ __typename: 'OrgUnitEdge', node: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string, name: string } | null } }> } };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string } | null } } };

export type UpdateOrgUnitMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type UpdateOrgUnitMutation = { updateOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string } | null } } };

export type MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type DeleteOrgUnitMutationVariables = Exact<{
  input: DeleteOrgUnitInput;
}>;


export type DeleteOrgUnitMutation = { deleteOrgUnit: { __typename: 'DeleteOrgUnitPayload', deletedId: string } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { __typename: 'DepartmentPayload', department: { __typename: 'Department', id: string, name: string, type: DepartmentType, typeLabel: string } } };

export type DeleteDepartmentMutationVariables = Exact<{
  input: DeleteDepartmentInput;
}>;


export type DeleteDepartmentMutation = { deleteDepartment: { __typename: 'DeleteOrgUnitPayload', deletedId: string } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'UserEdge', cursor: string, node: { __typename: 'User', id: string, name: string, login: string, phone: string | null, active: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { __typename: 'UserPayload', user: { __typename: 'User', id: string, name: string, login: string } } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { __typename: 'UserPayload', user: { __typename: 'User', id: string } } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { __typename: 'AssignRolePayload', assignment: { __typename: 'RoleAssignment', id: string, role: Role }, user: { __typename: 'User', id: string, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } } };

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: { __typename: 'UserPayload', user: { __typename: 'User', id: string, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } } };

export const GradeDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeDefinitionFieldsFragment, unknown>;
export const GradeSchemeVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeSchemeVersionFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const WorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"workdayCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkday"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingCalendarQuery, WorkingCalendarQueryVariables>;
export const SetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkday"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const AddCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCalendarYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"workdayCount"}}]}}]}}]}}]} as unknown as DocumentNode<AddCalendarYearMutation, AddCalendarYearMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const GradeSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeSchemeVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}}]} as unknown as DocumentNode<GradeSchemesQuery, GradeSchemesQueryVariables>;
export const GradeSchemePresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemePresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemePresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeSchemePresetsQuery, GradeSchemePresetsQueryVariables>;
export const SchemeCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SchemeCategoriesQuery, SchemeCategoriesQueryVariables>;
export const PreviewGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewGradeQuery, PreviewGradeQueryVariables>;
export const GradeSchemeImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemeImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeImpactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemeImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenCount"}},{"kind":"Field","name":{"kind":"Name","value":"otherSchemeCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"fromGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"compensationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeOverridden"}}]}}]}}]}}]} as unknown as DocumentNode<GradeSchemeImpactQuery, GradeSchemeImpactQueryVariables>;
export const PublishGradeSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGradeScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishGradeSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGradeScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeSchemeVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}}]} as unknown as DocumentNode<PublishGradeSchemeMutation, PublishGradeSchemeMutationVariables>;
export const OrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const OrgUnitByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitByIdQuery, OrgUnitByIdQueryVariables>;
export const OrgUnitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const OrgUnitSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitSearchQuery, OrgUnitSearchQueryVariables>;
export const CreateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const UpdateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrgUnitMutation, UpdateOrgUnitMutationVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const DeleteOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteOrgUnitMutation, DeleteOrgUnitMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const DeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;