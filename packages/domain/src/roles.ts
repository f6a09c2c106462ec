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
