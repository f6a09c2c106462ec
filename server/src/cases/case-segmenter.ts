import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/**
 * Chinese segmentation for the case library. PostgreSQL here has no Chinese parser (no zhparser, pg_jieba or
 * pg_bigm), so words are cut in Node with jieba and handed to PostgreSQL as ready-made `tsvector` / `tsquery`
 * literals: no text-search parser touches them, so documents and queries are cut by exactly the same code.
 *
 * A vector holds every word with its dictionary sub-words (`卫生间` also as `卫生`) and every pair of adjacent
 * words (`'外墙 渗水'`), without positions. A phrase is then a pair lexeme, or pairs ANDed, which a GIN index
 * answers exactly: with positions and `<->`, PostgreSQL would re-read every candidate's multi-kilobyte vector to
 * check adjacency. Each case has three vectors (case.entity.ts): its whole document, its title and tags, and the
 * key words of its body — the last two are small, and tell how relevant a match is.
 *
 * HMM is off on purpose: with it, an unknown word (a person's or a project's name) is cut one way inside a
 * sentence and another way when typed alone, and the query would miss. Without it, unknown words fall apart into
 * single characters in both places, and the pairs put them back together.
 */

/** Estate and property terms that the default dictionary cuts badly (`住建局` → `住 / 建局`) or not at all. */
export const ESTATE_TERMS = [
  '住建局', '住建委', '房管局', '不动产登记中心', '不动产权证', '产权证', '房产证', '网签', '契税', '维修基金', '公共维修基金',
  '物业费', '物业服务中心', '项目管理中心', '品管中心', '客户关系部', '业委会', '业主委员会', '交付延期', '延期交付', '集中交付',
  '逾期交付', '交房', '验房', '一户一验', '带客验房', '开放日', '渗水', '渗漏', '漏水', '返潮', '发霉', '空鼓', '开裂', '裂缝',
  '防水层', '外墙', '飘窗', '地下室', '车位', '车库', '精装修', '样板房', '公摊', '容积率', '学位', '学区', '销售承诺', '虚假宣传',
  '违约金', '赔付', '群诉', '维权', '拉横幅', '舆情', '媒体曝光', '抖音', '微博', '小红书', '电视台', '热线', '首问负责制',
  '第一责任人', '问责', '追责', '通报批评', '扣发奖金', '整改', '回访', '噪音扰民', '电梯故障', '停车管理', '装修管理', '消防通道',
  '供暖', '地暖', '燃气', '排水', '化粪池', '二次供水', '门禁', '保洁', '安保', '绿化', '园林', '水电', '强电', '弱电', '承建商',
  '总包', '分包', '监理', '施工方', '工程部', '营销部', '设计部', '法务部', '媒体部', '绩效管理',
];

let instance: Jieba | undefined;

/** One instance per process: loading the dictionary takes about 200 ms. */
export function segmenter(): Jieba {
  if (!instance) {
    instance = Jieba.withDict(dict);
    // A high frequency makes these win over the splits the default dictionary would choose.
    instance.loadDict(Buffer.from(ESTATE_TERMS.map((term) => `${term} 20000 n`).join('\n')));
  }
  return instance;
}

const SKIP = /^[\p{P}\p{S}\p{Z}\s]*$/u;
const MAX_LEXEME_LENGTH = 100;

const normalize = (token: string) => token.trim().toLowerCase();
const keep = (token: string) => token.length > 0 && token.length <= MAX_LEXEME_LENGTH && !SKIP.test(token);
const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** Words of a text (`cut`), punctuation and spaces dropped. */
export function words(text: string): string[] {
  return segmenter().cut(text, false).map(normalize).filter(keep);
}

/**
 * Search-mode tokens with the index of the word they belong to: every word of `cut` gets the next index, and the
 * shorter dictionary words inside it that `cutForSearch` adds (`卫生间` → `卫生`) share it, so a pair built from
 * them still lines up (`卫生 渗水` is in 卫生间渗水).
 */
export function positionedTokens(text: string): { token: string; offset: number }[] {
  const jieba = segmenter();
  const cut = jieba.cut(text, false).map(normalize);
  const offsets: number[] = [];
  let next = 0;
  for (const word of cut) offsets.push(keep(word) ? next++ : -1);
  const result: { token: string; offset: number }[] = [];
  // cutForSearch emits, per word of `cut`, its (strictly shorter) dictionary sub-words and then the word itself.
  let w = 0;
  for (const raw of jieba.cutForSearch(text, false)) {
    const token = normalize(raw);
    const offset = offsets[w] ?? -1;
    if (offset >= 0 && keep(token)) result.push({ token, offset });
    if (token === cut[w]) w++;
  }
  return result;
}

/** Adjacent words as one lexeme: jieba never yields a token with a space, so the pair cannot collide with a word. */
const pair = (left: string, right: string) => `${left} ${right}`;

/**
 * A vector of some texts: their words and sub-words, and the pairs of adjacent words (every sub-word of one word
 * with every sub-word of the next). Pairs never span two texts.
 */
export function toDocumentVector(texts: readonly string[]): string {
  const lexemes = new Set<string>();
  for (const text of texts) {
    const byOffset: string[][] = [];
    for (const { token, offset } of positionedTokens(text)) (byOffset[offset] ??= []).push(token);
    byOffset.forEach((tokens, offset) => {
      for (const token of tokens) lexemes.add(token);
      for (const left of tokens) for (const right of byOffset[offset + 1] ?? []) lexemes.add(pair(left, right));
    });
  }
  return [...lexemes].map(quote).join(' ');
}

export interface ParsedQuery {
  /** What a case must contain; `null` when the text has no searchable word (only punctuation). */
  tsquery: string | null;
  /** What to mark in snippets: the typed terms and the words they were cut into, longest first. */
  terms: string[];
  /** The typed text, for the substring fallback. */
  text: string;
}

/**
 * Typed terms (separated by spaces) must all occur (`&`); the words of one term must stand side by side — each
 * adjacent pair is one lexeme — so `外墙渗水` finds "外墙渗水" but not a text that mentions 外墙 and 渗水 apart.
 */
export function parseQuery(input: string): ParsedQuery {
  const text = input.trim().slice(0, 100);
  const typed = text.split(/\s+/).filter(Boolean).slice(0, 10);
  const clauses: string[] = [];
  const terms = new Set<string>();
  for (const term of typed) {
    const parts = words(term);
    if (parts.length === 0) continue;
    clauses.push(parts.length === 1 ? quote(parts[0]!) : parts.slice(1).map((right, i) => quote(pair(parts[i]!, right))).join(' & '));
    terms.add(normalize(term));
    for (const part of parts) if ([...part].length > 1 || parts.length === 1) terms.add(part);
  }
  return { tsquery: clauses.length ? clauses.join(' & ') : null, terms: [...terms].sort((a, b) => b.length - a.length), text };
}

/** The key words of a body as a vector (no pairs: a phrase found only in the body is a plain body match). */
export function toKeywordVector(body: string): string {
  return keywords(body, 12).map(quote).join(' ');
}

let tfidf: TfIdf | undefined;
/** Words too common in complaints to say what one is about. */
const GENERIC = new Set(['业主', '客户', '投诉', '反映', '问题', '要求', '处理', '公司', '项目', '情况', '进行', '表示', '已经', '没有', '时间']);

/** The `limit` most telling words of a text (TF-IDF over jieba's corpus), Chinese words of two or more characters. */
export function keywords(text: string, limit = 8): string[] {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf
    .extractKeywords(segmenter(), text, limit * 3)
    .map((k) => normalize(k.keyword))
    .filter((word) => /^\p{Script=Han}{2,}$/u.test(word) && !GENERIC.has(word))
    .slice(0, limit);
}

/** Any of the words (`|`): what similarity ranking matches on. */
export function anyOf(terms: readonly string[]): string | null {
  return terms.length ? terms.map(quote).join(' | ') : null;
}
