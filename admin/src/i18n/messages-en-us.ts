import { complaintsMessagesEnUS } from '../features/complaints/complaints-messages';
import { casesMessagesEnUS } from '../features/cases/cases-messages';
import { reportsMessagesEnUS } from '../features/reports/reports-messages';
import { orgAdminMessagesEnUS } from '../features/org/org-admin-messages';
import { peopleMessagesEnUS } from '../features/people/people-messages';
import { categoriesMessagesEnUS } from '../features/categories/categories-messages';
import { gradeschemesMessagesEnUS } from '../features/grade-schemes/grade-schemes-messages';
import { timelimitsMessagesEnUS } from '../features/time-limits/time-limits-messages';
import { calendarMessagesEnUS } from '../features/calendar/calendar-messages';
import type { Messages } from './messages-zh-cn';

export const enUS: Messages = {
  'app.name': 'Kesu',
  'app.fullName': '客诉 Kesu',
  'app.subtitle': 'Complaint management for real-estate groups',
  'app.admin': 'Admin',

  'locale.switch': 'Language',
  'locale.zh-CN': '简体中文',
  'locale.en-US': 'English',

  'login.title': 'Sign in',
  'login.account': 'Account',
  'login.account.placeholder': 'Your account',
  'login.account.required': 'Please enter your account',
  'login.password': 'Password',
  'login.password.placeholder': 'Your password',
  'login.password.required': 'Please enter your password',
  'login.submit': 'Sign in',
  'login.failed': 'Sign-in failed',
  'login.network': 'Cannot reach the server, please try again later',

  'header.logout': 'Sign out',
  'header.loggedOut': 'Signed out',

  'nav.org': 'Organization',
  'nav.people': 'People & roles',
  'nav.categories': 'Categories',
  'nav.gradeSchemes': 'Grade schemes',
  'nav.timeLimits': 'Time limits',
  'nav.calendar': 'Holiday calendar',
  'nav.complaints': 'Complaint desk',
  'nav.cases': 'Case library',
  'nav.reports': 'Reports',

  'comingSoon.title': 'This module is coming soon',
  'comingSoon.subtitle': '“{module}” is under construction.',
  'comingSoon.back': 'Back to home',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back home',

  'forbidden.title': 'No access',
  'forbidden.subtitle': 'You are not allowed to use “{module}”. Ask your unit’s administrator for access.',
  'forbidden.subtitleGeneric': 'You are not allowed to open this page. Ask your unit’s administrator for access.',
  'forbidden.back': 'Back to home',
  'home.empty': 'Your account has no features yet. Ask an administrator to assign you a role.',

  'error.UNAUTHENTICATED': 'Your session has expired. Please sign in again.',
  'error.FORBIDDEN': 'You are not allowed to do this.',
  'error.BAD_USER_INPUT': 'Some input is invalid. Please check and try again.',
  'error.NOT_FOUND': 'It does not exist or is outside your scope.',
  'error.CONFLICT': 'Someone else changed this. Please refresh and try again.',
  'error.INTERNAL_SERVER_ERROR': 'Server error. Please try again later.',
  'error.NETWORK': 'Cannot reach the server. Check your network and try again.',
  'error.UNKNOWN': 'Something went wrong. Please try again later.',
  'error.title': 'Something went wrong',

  'orgPicker.placeholder': 'Select an org unit',
  'orgPicker.empty': 'No org units to choose from',

  'viewer.loadFailed': 'Could not load the current user',
  'common.retry': 'Retry',
  'common.loading': 'Loading…',
  'common.none': '—',

  'org.title': 'Organization',
  'org.tree': 'Org tree',
  'org.search.placeholder': 'Search org units by name or code',
  'org.search.results': 'Results ({count})',
  'org.search.empty': 'No matching org unit',
  'org.search.clear': 'Clear search',
  'org.empty': 'No org unit to show',
  'org.loadFailed': 'Failed to load org units: {message}',
  'org.details': 'Org unit details',
  'org.details.empty': 'Select an org unit on the left to see its details',
  'org.field.name': 'Name',
  'org.field.code': 'Code',
  'org.field.level': 'Level',
  'org.field.parent': 'Parent',
  'org.field.children': 'Children',
  'org.children.count': '{count}',

  'level.GROUP': 'Group',
  'level.REGION': 'Region',
  'level.CITY': 'City company',
  'level.AREA': 'Area',
  'level.PROJECT': 'Project',
  'level.PROPERTY_COMPANY': 'Property company',
  'level.PROJECT_MGMT_CENTER': 'Project management center',
  'level.SERVICE_CENTER': 'Property service center',
  ...complaintsMessagesEnUS,
  ...casesMessagesEnUS,
  ...reportsMessagesEnUS,
  ...orgAdminMessagesEnUS,
  ...peopleMessagesEnUS,
  ...categoriesMessagesEnUS,
  ...gradeschemesMessagesEnUS,
  ...timelimitsMessagesEnUS,
  ...calendarMessagesEnUS,
};
