import type { Locale, MessageKey } from './locales';
import { translate } from './locales';

export const ORG_LEVELS = [
  'GROUP',
  'REGION',
  'CITY',
  'AREA',
  'PROJECT',
  'PROPERTY_COMPANY',
  'PROJECT_MGMT_CENTER',
  'SERVICE_CENTER',
] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

function isOrgLevel(level: string): level is OrgLevel {
  return (ORG_LEVELS as readonly string[]).includes(level);
}

/**
 * In Chinese the server's `levelLabel` wins, so the admin shows the same words as partner apps; other
 * locales translate the level code themselves because the server only speaks Chinese.
 */
export function orgLevelLabel(locale: Locale, level: string, serverLabel?: string | null): string {
  if (locale === 'zh-CN' && serverLabel) return serverLabel;
  if (isOrgLevel(level)) return translate(locale, `level.${level}` satisfies MessageKey, undefined);
  return serverLabel ?? level;
}
