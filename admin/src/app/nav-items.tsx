import {
  ApartmentOutlined,
  ApiOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  ClockCircleOutlined,
  CustomerServiceOutlined,
  RiseOutlined,
  TagsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Action, AppAbility, SubjectType } from '../features/auth/ability';
import type { MessageKey } from '../i18n/locales';

/** What a person must be allowed to do (anywhere in their scope) to get a module. */
export interface Permission {
  action: Action;
  subject: Exclude<SubjectType, 'all'>;
}

export interface NavItem {
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  /** Modules still to come render a placeholder page; the menu already shows the whole product. */
  ready: boolean;
  /** Admin modules shape configuration: they need the right to change it, not only to read it. */
  kind: 'admin' | 'staff';
  requires: Permission;
}

// Gates follow packages/permissions: only ADMIN may create/update org units, users and grade schemes, and
// only an ADMIN of the group root may edit categories and the calendar (a regional ADMIN reads them). Staff
// modules follow reading: complaints and reports for the complaint roles, published cases for everyone.
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/org', labelKey: 'nav.org', icon: <ApartmentOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'OrgUnit' } },
  { path: '/people', labelKey: 'nav.people', icon: <TeamOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'User' } },
  { path: '/categories', labelKey: 'nav.categories', icon: <TagsOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'Category' } },
  { path: '/grade-schemes', labelKey: 'nav.gradeSchemes', icon: <RiseOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'GradeScheme' } },
  // Time limits travel with the grade-scheme version (ARCHITECTURE.md "Configuration is versioned").
  { path: '/time-limits', labelKey: 'nav.timeLimits', icon: <ClockCircleOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'GradeScheme' } },
  { path: '/calendar', labelKey: 'nav.calendar', icon: <CalendarOutlined />, ready: true, kind: 'admin', requires: { action: 'update', subject: 'CalendarDay' } },
  { path: '/partners', labelKey: 'nav.partners', icon: <ApiOutlined />, ready: true, kind: 'admin', requires: { action: 'create', subject: 'ApiClient' } },
  { path: '/complaints', labelKey: 'nav.complaints', icon: <CustomerServiceOutlined />, ready: true, kind: 'staff', requires: { action: 'read', subject: 'Complaint' } },
  { path: '/cases', labelKey: 'nav.cases', icon: <BookOutlined />, ready: true, kind: 'staff', requires: { action: 'read', subject: 'Case' } },
  { path: '/reports', labelKey: 'nav.reports', icon: <BarChartOutlined />, ready: true, kind: 'staff', requires: { action: 'read', subject: 'Report' } },
];

/** The menu entry a location belongs to, so nested routes (e.g. /complaints/123) keep it highlighted. */
export function navItemForPath(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
}

/**
 * Whether the ability grants the item's permission somewhere: a check on the subject type, true when any rule
 * allows it (conditions are the server's business when a concrete object is read or written).
 */
export function canUseNavItem(ability: AppAbility, item: NavItem): boolean {
  return ability.can(item.requires.action, item.requires.subject);
}

/** The menu a person gets: only the modules their rules allow, in menu order. */
export function visibleNavItems(ability: AppAbility): NavItem[] {
  return NAV_ITEMS.filter((item) => canUseNavItem(ability, item));
}
