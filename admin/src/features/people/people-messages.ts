// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'people.' so modules never collide.
export const peopleMessagesZhCN = {
  'people.placeholder': '人员与角色',
} as const;

export const peopleMessagesEnUS: Record<keyof typeof peopleMessagesZhCN, string> = {
  'people.placeholder': '人员与角色',
};
