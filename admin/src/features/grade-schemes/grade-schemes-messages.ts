// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'grade-schemes.' so modules never collide.
export const gradeschemesMessagesZhCN = {
  'grade-schemes.placeholder': '分级标准',
} as const;

export const gradeschemesMessagesEnUS: Record<keyof typeof gradeschemesMessagesZhCN, string> = {
  'grade-schemes.placeholder': '分级标准',
};
