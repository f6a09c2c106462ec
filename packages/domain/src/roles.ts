import type { OrgLevel } from './org-levels.js';
/** Role codes of API.md with the positions RULES.md §1 names. */
export const Role = {
  ADMIN: 'ADMIN',
  GROUP_CR: 'GROUP_CR',
  REGION_PRESIDENT: 'REGION_PRESIDENT',
  REGION_CR_EXECUTIVE: 'REGION_CR_EXECUTIVE',
  REGION_CR_LEAD: 'REGION_CR_LEAD',
  CITY_HEAD: 'CITY_HEAD',
  AREA_HEAD: 'AREA_HEAD',
  PROJECT_HEAD: 'PROJECT_HEAD',
  CS_AGENT: 'CS_AGENT',
  SERVICE_CENTER_STAFF: 'SERVICE_CENTER_STAFF',
  QUALITY_CENTER: 'QUALITY_CENTER',
  PERFORMANCE: 'PERFORMANCE',
  DEPARTMENT_STAFF: 'DEPARTMENT_STAFF',
  CASE_READER: 'CASE_READER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: '系统管理员',
  GROUP_CR: '集团客户关系部',
  REGION_PRESIDENT: '区域总裁',
  REGION_CR_EXECUTIVE: '区域客户关系主管负责人',
  REGION_CR_LEAD: '区域客户关系负责人',
  CITY_HEAD: '城市总',
  AREA_HEAD: '片区总',
  PROJECT_HEAD: '项目总',
  CS_AGENT: '客服专员',
  SERVICE_CENTER_STAFF: '物业服务中心员工',
  QUALITY_CENTER: '品管中心',
  PERFORMANCE: '绩效管理',
  DEPARTMENT_STAFF: '专业部门员工',
  CASE_READER: '案例学习者',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Where a role may be held. Positions tied to one level (项目总 at a project, 区域总裁 at a region …) are
 * pinned to it; staff roles can sit at any unit. `null` means any level.
 */
export const ROLE_ALLOWED_LEVELS: Readonly<Record<Role, readonly OrgLevel[] | null>> = {
  ADMIN: null,
  GROUP_CR: ['GROUP'],
  REGION_PRESIDENT: ['REGION'],
  REGION_CR_EXECUTIVE: ['REGION'],
  REGION_CR_LEAD: ['REGION'],
  CITY_HEAD: ['CITY'],
  AREA_HEAD: ['AREA'],
  PROJECT_HEAD: ['PROJECT'],
  CS_AGENT: null,
  SERVICE_CENTER_STAFF: ['SERVICE_CENTER'],
  QUALITY_CENTER: ['GROUP', 'PROPERTY_COMPANY'],
  PERFORMANCE: ['GROUP', 'REGION', 'PROPERTY_COMPANY'],
  DEPARTMENT_STAFF: null,
  CASE_READER: null,
};

export function canHoldRoleAt(role: Role, level: OrgLevel): boolean {
  const allowed = ROLE_ALLOWED_LEVELS[role];
  return allowed === null || allowed.includes(level);
}
