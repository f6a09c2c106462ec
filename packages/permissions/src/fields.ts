import { permittedFieldsOf } from '@casl/ability/extra';
import type { Action, AppAbility } from './ability.js';

/**
 * The fields of `object` the ability lets `action` touch. A rule without a field list allows them all; a rule
 * with one (`can('read', 'Complaint', ['customers.phone'], …)`) allows only those. The server masks what is not
 * returned here; the admin hides it.
 */
export function permittedFields(ability: AppAbility, action: Action, object: object, allFields: readonly string[]): string[] {
  return permittedFieldsOf(ability, action, object as never, { fieldsFrom: (rule) => rule.fields ?? [...allFields] });
}
