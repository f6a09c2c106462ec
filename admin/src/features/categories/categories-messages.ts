// Messages of this module. zh-CN is the source; en-US must have exactly the same keys (i18n/locales.test.ts).
// Keys start with 'categories.' so modules never collide.
export const categoriesMessagesZhCN = {
  'categories.placeholder': '投诉分类',
} as const;

export const categoriesMessagesEnUS: Record<keyof typeof categoriesMessagesZhCN, string> = {
  'categories.placeholder': '投诉分类',
};
