import type { FormInstance } from 'antd';
import { formFieldErrors } from '../../graphql/graphql-errors';

/**
 * Input validation answers `field: message` (server/src/graphql/validation.ts); under the field itself the
 * field name is noise, so it is dropped.
 */
function withoutFieldPrefix(message: string): string {
  return message.replace(/^[\w.]+:\s*/, '');
}

/**
 * Puts the server's messages under the form fields they name (`extensions.field`). `rename` maps a server field
 * to the form's name for it (`newParentId` → `parentId`). Returns false when no error named a field of this
 * form, so the caller shows the message elsewhere (a toast or an alert).
 */
export function showServerFieldErrors(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): boolean {
  const entries = formFieldErrors(error)
    .map(({ name, errors }) => {
      const [head, ...rest] = name;
      const field = rename[String(head)] ?? String(head);
      return { name: [field, ...rest], errors: errors.map(withoutFieldPrefix) };
    })
    .filter(({ name }) => formFields.includes(String(name[0])));
  if (entries.length > 0) form.setFields(entries);
  return entries.length > 0;
}
