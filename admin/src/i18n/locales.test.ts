import { describe, expect, it } from 'vitest';
import { orgLevelLabel, ORG_LEVELS } from './org-level-label';
import { dictionaries, isLocale, LOCALES, translate } from './locales';
import { zhCN } from './messages-zh-cn';
import './feature-messages';

describe('i18n dictionaries', () => {
  it('keeps feature messages out of the shell dictionary, and has them once registered', () => {
    expect(Object.keys(zhCN).some((key) => key.startsWith('people.') || key.startsWith('complaints.'))).toBe(false);
    expect(translate('zh-CN', 'people.tab.list')).toBe('人员列表');
    expect(translate('en-US', 'nav.org')).toBe('Organization');
  });

  it('gives every locale exactly the zh-CN keys, none of them empty', () => {
    const reference = Object.keys(dictionaries['zh-CN']).sort();
    for (const locale of LOCALES) {
      const messages = dictionaries[locale];
      expect(Object.keys(messages).sort(), locale).toEqual(reference);
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, zh] of Object.entries(dictionaries['zh-CN'])) {
      const en = dictionaries['en-US'][key as keyof (typeof dictionaries)['en-US']];
      expect(en, key).toBeDefined();
      expect(placeholders(en ?? ''), key).toEqual(placeholders(zh ?? ''));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'org.search.results', { count: 3 })).toBe('搜索结果（共 3 个）');
    expect(translate('en-US', 'org.search.results', {})).toBe('Results ({count})');
  });

  it('names the org-structure menu in both languages', () => {
    expect(translate('zh-CN', 'nav.org')).toBe('组织架构');
    expect(translate('en-US', 'nav.org')).toBe('Organization');
  });

  it('recognises only supported locales', () => {
    expect(isLocale('zh-CN')).toBe(true);
    expect(isLocale('en-US')).toBe(true);
    expect(isLocale('fr-FR')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });
});

describe('orgLevelLabel', () => {
  it('prefers the server label in Chinese and translates the code in English', () => {
    expect(orgLevelLabel('zh-CN', 'REGION', '区域公司')).toBe('区域公司');
    expect(orgLevelLabel('en-US', 'REGION', '区域公司')).toBe('Region');
  });

  it('has a label for every level in every locale', () => {
    for (const level of ORG_LEVELS) {
      expect(orgLevelLabel('zh-CN', level)).not.toBe(level);
      expect(orgLevelLabel('en-US', level)).not.toBe(level);
    }
  });

  it('falls back to what it has for an unknown level', () => {
    expect(orgLevelLabel('en-US', 'MOON_BASE', '月球基地')).toBe('月球基地');
    expect(orgLevelLabel('en-US', 'MOON_BASE')).toBe('MOON_BASE');
  });
});
