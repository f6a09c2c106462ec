// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'cases.' so modules never collide.
export const casesMessagesZhCN = {
  'cases.title': '案例库',
} as const;

export const casesMessagesEnUS: Record<keyof typeof casesMessagesZhCN, string> = {
  'cases.title': 'Case library',
};
