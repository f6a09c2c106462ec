import { ROLE_LABELS, isRole, type Role } from '@kesu/domain';
import type { Locale } from './locales';

const ROLE_LABELS_EN_US: Readonly<Record<Role, string>> = {
  ADMIN: 'Administrator',
  GROUP_CR: 'Group customer relations',
  REGION_PRESIDENT: 'Region president',
  REGION_CR_EXECUTIVE: 'Region CR executive',
  REGION_CR_LEAD: 'Region CR lead',
  CITY_HEAD: 'City head',
  AREA_HEAD: 'Area head',
  PROJECT_HEAD: 'Project head',
  CS_AGENT: 'Customer service agent',
  SERVICE_CENTER_STAFF: 'Service centre staff',
  QUALITY_CENTER: 'Quality centre',
  PERFORMANCE: 'Performance management',
  DEPARTMENT_STAFF: 'Department staff',
  CASE_READER: 'Case reader',
};

/** Chinese role names come from `@kesu/domain` (one source with the server); en-US is translated here. */
export function roleLabel(locale: Locale, role: string): string {
  if (!isRole(role)) return role;
  return locale === 'zh-CN' ? ROLE_LABELS[role] : ROLE_LABELS_EN_US[role];
}
