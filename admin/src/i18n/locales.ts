import { enUS } from './messages-en-us';
import { zhCN, type MessageKey } from './messages-zh-cn';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const LOCALE_STORAGE_KEY = 'kesu.locale';

/** Every key once the features' messages are registered (feature-messages.ts); until then the shell's only. */
export type Messages = Record<MessageKey, string>;
export const dictionaries: Record<Locale, Partial<Messages>> = { 'zh-CN': { ...zhCN }, 'en-US': { ...enUS } };

/** Adds a feature's messages; zh-CN and en-US must name the same keys (i18n/locales.test.ts checks all of them). */
export function registerMessages<K extends MessageKey>(zh: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): void {
  Object.assign(dictionaries['zh-CN'], zh);
  Object.assign(dictionaries['en-US'], en);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function loadStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be blocked (privacy mode); the default language is still usable.
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisting the choice is acceptable; the switch still applies to this session.
  }
}

export type MessageParams = Record<string, string | number>;

/** Looks a key up and fills `{name}` placeholders; a missing translation falls back to zh-CN. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  // A key not registered yet shows as itself rather than as nothing: visible in a screenshot, and in a test.
  const template = dictionaries[locale][key] ?? dictionaries['zh-CN'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { MessageKey };
