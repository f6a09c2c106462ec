/**
 * Snippets with the query's terms marked, cut from the original text in Node. `ts_headline` cannot do this for
 * Chinese: PostgreSQL's parser sees a run of Han characters as one "word", so it would mark whole sentences or
 * nothing. The terms are those of `parseQuery` (typed terms and the words jieba cut them into), so what is marked
 * is what matched.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const MARK_OPEN = '<em>';
export const MARK_CLOSE = '</em>';

/**
 * The window of `length` characters holding the most matches, HTML-escaped, with matches in `<em>…</em>` and
 * `…` where the text was cut; `null` when no term occurs.
 */
export function snippet(text: string, terms: readonly string[], length = 80): string | null {
  if (!text || terms.length === 0) return null;
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const matches = [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (matches.length === 0) return null;
  // Start a little before the match that has the most others within reach.
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < matches.length; i++) {
    const from = Math.max(0, matches[i]!.start - 12);
    const count = matches.filter((m) => m.start >= from && m.end <= from + length).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  }
  let from = Math.max(0, matches[best]!.start - 12);
  const to = Math.min(text.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  let out = '';
  let cursor = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    out += escapeHtml(text.slice(cursor, m.start)) + MARK_OPEN + escapeHtml(text.slice(m.start, m.end)) + MARK_CLOSE;
    cursor = m.end;
  }
  out += escapeHtml(text.slice(cursor, to));
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}
