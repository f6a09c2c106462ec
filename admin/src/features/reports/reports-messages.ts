// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'reports.' so modules never collide.
export const reportsMessagesZhCN = {
  'reports.title': '报表',
} as const;

export const reportsMessagesEnUS: Record<keyof typeof reportsMessagesZhCN, string> = {
  'reports.title': 'Reports',
};
