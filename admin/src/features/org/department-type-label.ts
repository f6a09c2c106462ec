import { DEPARTMENT_TYPE_LABELS, DepartmentType } from '@kesu/domain';
import type { Locale, MessageKey } from '../../i18n/locales';
import { translate } from '../../i18n/locales';

function isDepartmentType(value: string): value is DepartmentType {
  return value in DEPARTMENT_TYPE_LABELS;
}

/** Chinese from the server (`typeLabel`) or @kesu/domain, so every client says the same; English translated here. */
export function departmentTypeLabel(locale: Locale, type: string, serverLabel?: string | null): string {
  if (!isDepartmentType(type)) return serverLabel ?? type;
  if (locale === 'zh-CN') return serverLabel ?? DEPARTMENT_TYPE_LABELS[type];
  return translate(locale, `orgAdmin.deptType.${type}` satisfies MessageKey);
}
