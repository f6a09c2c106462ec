// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'complaints.' so modules never collide.
export const complaintsMessagesZhCN = {
  'complaints.title': '投诉工作台',
} as const;

export const complaintsMessagesEnUS: Record<keyof typeof complaintsMessagesZhCN, string> = {
  'complaints.title': 'Complaints',
};
