/** LIKE patterns built from user text: `%`, `_` and `\` in the text match only themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows whose value starts with `prefix` (uses a `text_pattern_ops` index). */
export const startsWithPattern = (prefix: string): string => `${escapeLike(prefix)}%`;

/** Rows whose value contains `text` anywhere (search boxes). */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;
