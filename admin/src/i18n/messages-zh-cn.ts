import type { complaintsMessagesZhCN } from '../features/complaints/complaints-messages';
import type { casesMessagesZhCN } from '../features/cases/cases-messages';
import type { reportsMessagesZhCN } from '../features/reports/reports-messages';
import type { orgAdminMessagesZhCN } from '../features/org/org-admin-messages';
import type { peopleMessagesZhCN } from '../features/people/people-messages';
import type { categoriesMessagesZhCN } from '../features/categories/categories-messages';
import type { gradeschemesMessagesZhCN } from '../features/grade-schemes/grade-schemes-messages';
import type { timelimitsMessagesZhCN } from '../features/time-limits/time-limits-messages';
import type { calendarMessagesZhCN } from '../features/calendar/calendar-messages';
import type { partnersMessagesZhCN } from '../features/partners/partners-messages';

// The source dictionary: zh-CN is the product's first language, every other locale must mirror these keys.
export const zhCN = {
  'app.name': '客诉',
  'app.fullName': '客诉 Kesu',
  'app.subtitle': '地产集团客户投诉管理平台',
  'app.admin': '管理后台',

  'locale.switch': '语言',
  'locale.zh-CN': '简体中文',
  'locale.en-US': 'English',

  'login.title': '登录',
  'login.account': '账号',
  'login.account.placeholder': '请输入账号',
  'login.account.required': '请输入账号',
  'login.password': '密码',
  'login.password.placeholder': '请输入密码',
  'login.password.required': '请输入密码',
  'login.submit': '登录',
  'login.failed': '登录失败',
  'login.network': '无法连接服务器，请稍后再试',

  'header.logout': '退出登录',
  'header.loggedOut': '已退出登录',

  'nav.org': '组织架构',
  'nav.people': '人员与角色',
  'nav.categories': '投诉分类',
  'nav.gradeSchemes': '分级标准',
  'nav.timeLimits': '时限',
  'nav.calendar': '节假日日历',
  'nav.complaints': '投诉工作台',
  'nav.cases': '案例库',
  'nav.reports': '报表',
  'nav.partners': '合作方应用',

  'comingSoon.title': '该模块即将上线',
  'comingSoon.subtitle': '「{module}」正在建设中，敬请期待。',
  'comingSoon.back': '返回首页',

  'notFound.title': '页面不存在',
  'notFound.back': '返回首页',

  'forbidden.title': '无权访问',
  'forbidden.subtitle': '您没有使用「{module}」的权限。如需开通，请联系本单位的系统管理员。',
  'forbidden.subtitleGeneric': '您没有访问此页面的权限。如需开通，请联系本单位的系统管理员。',
  'forbidden.back': '返回首页',
  'home.empty': '您的账号暂无可用的功能，请联系系统管理员分配角色。',

  'error.UNAUTHENTICATED': '登录已失效，请重新登录',
  'error.FORBIDDEN': '没有权限执行此操作',
  'error.BAD_USER_INPUT': '输入有误，请检查后重试',
  'error.NOT_FOUND': '数据不存在或不在您的权限范围内',
  'error.CONFLICT': '数据已被他人修改，请刷新后重试',
  'error.RATE_LIMITED': '操作过于频繁，已超出本分钟或本小时的查询额度，请稍后再试',
  'error.INTERNAL_SERVER_ERROR': '服务器内部错误，请稍后重试',
  'error.NETWORK': '无法连接服务器，请检查网络后重试',
  'error.UNKNOWN': '操作失败，请稍后重试',
  'error.title': '出错了',

  'orgPicker.placeholder': '请选择组织单元',
  'orgPicker.empty': '暂无可选的组织单元',

  'viewer.loadFailed': '无法加载当前用户信息',
  'common.retry': '重试',
  'common.loading': '加载中…',
  'common.none': '—',

  'org.title': '组织架构',
  'org.tree': '组织树',
  'org.search.placeholder': '按名称或编码搜索组织单元',
  'org.search.results': '搜索结果（共 {count} 个）',
  'org.search.empty': '没有匹配的组织单元',
  'org.search.clear': '清除搜索',
  'org.empty': '暂无可查看的组织单元',
  'org.loadFailed': '加载组织单元失败：{message}',
  'org.details': '组织单元详情',
  'org.details.empty': '在左侧选择一个组织单元查看详情',
  'org.field.name': '名称',
  'org.field.code': '编码',
  'org.field.level': '层级',
  'org.field.parent': '上级单元',
  'org.field.children': '下级单元',
  'org.children.count': '{count} 个',

  'level.GROUP': '集团',
  'level.REGION': '区域公司',
  'level.CITY': '城市公司',
  'level.AREA': '片区',
  'level.PROJECT': '项目',
  'level.PROPERTY_COMPANY': '物业公司',
  'level.PROJECT_MGMT_CENTER': '项目管理中心',
  'level.SERVICE_CENTER': '物业服务中心',
} as const;

/**
 * Every key: the shell's (above, in the first bundle) and each feature's. Feature messages load with the pages
 * (i18n/feature-messages.ts), not with the login page.
 */
type FeatureMessageKey =
  | keyof typeof complaintsMessagesZhCN
  | keyof typeof casesMessagesZhCN
  | keyof typeof reportsMessagesZhCN
  | keyof typeof orgAdminMessagesZhCN
  | keyof typeof peopleMessagesZhCN
  | keyof typeof categoriesMessagesZhCN
  | keyof typeof gradeschemesMessagesZhCN
  | keyof typeof timelimitsMessagesZhCN
  | keyof typeof calendarMessagesZhCN
  | keyof typeof partnersMessagesZhCN;
export type CoreMessageKey = keyof typeof zhCN;
export type MessageKey = CoreMessageKey | FeatureMessageKey;
export type CoreMessages = Record<CoreMessageKey, string>;
