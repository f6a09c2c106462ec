import {
  ApartmentOutlined,
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
import type { MessageKey } from '../i18n/locales';

export interface NavItem {
  path: string;
  labelKey: MessageKey;
  icon: ReactNode;
  /** Modules still to come render a placeholder page; the menu already shows the whole product. */
  ready: boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/org', labelKey: 'nav.org', icon: <ApartmentOutlined />, ready: true },
  { path: '/people', labelKey: 'nav.people', icon: <TeamOutlined />, ready: false },
  { path: '/categories', labelKey: 'nav.categories', icon: <TagsOutlined />, ready: false },
  { path: '/grade-schemes', labelKey: 'nav.gradeSchemes', icon: <RiseOutlined />, ready: false },
  { path: '/time-limits', labelKey: 'nav.timeLimits', icon: <ClockCircleOutlined />, ready: false },
  { path: '/calendar', labelKey: 'nav.calendar', icon: <CalendarOutlined />, ready: false },
  { path: '/complaints', labelKey: 'nav.complaints', icon: <CustomerServiceOutlined />, ready: false },
  { path: '/cases', labelKey: 'nav.cases', icon: <BookOutlined />, ready: false },
  { path: '/reports', labelKey: 'nav.reports', icon: <BarChartOutlined />, ready: false },
];

/** The menu entry a location belongs to, so nested routes (e.g. /complaints/123) keep it highlighted. */
export function navItemForPath(pathname: string): NavItem | undefined {
  return NAV_ITEMS.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));
}
