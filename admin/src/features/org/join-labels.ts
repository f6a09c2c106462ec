import type { Locale } from '../../i18n/locales';

/** A list of names as each language writes it: 片区、项目 / Area, Project. */
export function joinLabels(locale: Locale, labels: readonly string[]): string {
  return labels.join(locale === 'zh-CN' ? '、' : ', ');
}
