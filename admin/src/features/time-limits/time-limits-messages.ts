// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'time-limits.' so modules never collide.
export const timelimitsMessagesZhCN = {
  'time-limits.placeholder': '时限',
} as const;

export const timelimitsMessagesEnUS: Record<keyof typeof timelimitsMessagesZhCN, string> = {
  'time-limits.placeholder': '时限',
};
