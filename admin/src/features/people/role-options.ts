import { ROLES } from '@kesu/domain';
import type { Role } from '../../graphql/generated/graphql';
import type { Locale } from '../../i18n/locales';
import { roleLabel } from '../../i18n/role-label';

/** Every role for a Select, named in the UI language (Chinese names from @kesu/domain). */
export function roleOptions(locale: Locale): { value: Role; label: string }[] {
  return ROLES.map((role) => ({ value: role, label: roleLabel(locale, role) }));
}
