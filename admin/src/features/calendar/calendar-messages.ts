// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'calendar.' so modules never collide.
export const calendarMessagesZhCN = {
  'calendar.placeholder': '节假日日历',
} as const;

export const calendarMessagesEnUS: Record<keyof typeof calendarMessagesZhCN, string> = {
  'calendar.placeholder': '节假日日历',
};
