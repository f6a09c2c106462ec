import { describe, expect, it } from 'vitest';
import { snippet } from './case-highlight.js';
import { parseQuery, positionedTokens, toDocumentVector, words } from './case-segmenter.js';
import { stripPii } from './pii-stripper.js';

describe('segmentation', () => {
  it('keeps estate terms from the user dictionary whole', () => {
    expect(words('业主投诉到住建局，要求退还物业费和维修基金')).toEqual(expect.arrayContaining(['住建局', '物业费', '维修基金']));
    expect(words('集中交付延期')).toContain('交付延期');
  });

  it('gives the sub-words of a word its index, so pairs line up', () => {
    const tokens = positionedTokens('卫生间渗水');
    expect(tokens).toEqual([
      { token: '卫生', offset: 0 },
      { token: '卫生间', offset: 0 },
      { token: '渗水', offset: 1 },
    ]);
  });

  it('indexes words, sub-words and adjacent pairs, never a pair across two texts', () => {
    const vector = toDocumentVector(['卫生间渗水', '外墙']).match(/'(?:[^']|'')*'/g);
    expect(vector).toEqual(["'卫生'", "'卫生间'", "'卫生 渗水'", "'卫生间 渗水'", "'渗水'", "'外墙'"]);
    expect(toDocumentVector(["it's"])).toBe("'it' 'it s' 's'");
  });

  it('builds queries: & between typed terms, adjacent pairs inside one', () => {
    expect(parseQuery('外墙 渗水').tsquery).toBe("'外墙' & '渗水'");
    expect(parseQuery('外墙渗水').tsquery).toBe("'外墙 渗水'");
    expect(parseQuery('卫生间渗水漏水').tsquery).toBe("'卫生间 渗水' & '渗水 漏水'");
    expect(parseQuery("a'b").tsquery).toBe("'a b'");
    expect(parseQuery('，。').tsquery).toBeNull();
  });
});

describe('snippets', () => {
  it('marks the terms in a window of the original text and escapes HTML', () => {
    const text = `${'前'.repeat(50)}<b>外墙渗水</b>${'后'.repeat(100)}`;
    const out = snippet(text, ['渗水', '外墙'], 40)!;
    expect(out).toMatch(/^….*…$/);
    expect(out).toContain('&lt;b&gt;<em>外墙</em><em>渗水</em>&lt;/b&gt;');
    expect(snippet(text, ['发霉'])).toBeNull();
  });
});

describe('PII stripping', () => {
  const customers = [{ name: '欧阳娜娜', phone: '13987654321', room: '8-2-1803' }];

  it('replaces the customers and anything shaped like a phone or a room', () => {
    expect(stripPii('业主欧阳娜娜（13987654321）住 8-2-1803，欧阳女士说邻居王先生（021-55556666，3栋2单元1201室）也渗水', customers)).toBe(
      '业主（[电话]）住 [房号]，业主说邻居某住户（[电话]，[房号]）也渗水',
    );
    expect(stripPii('显示为 139****4321 的号码', customers)).toBe('显示为 [电话] 的号码');
  });

  it('leaves dates, amounts, counts and buildings alone', () => {
    const text = '2026-11-20 起，6 号楼 120 户业主获赔 200 万元，工期 15 个工作日，热线 400-800-1234';
    expect(stripPii(text)).toBe(text);
  });
});
