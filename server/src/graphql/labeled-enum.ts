import { registerEnumType } from 'type-graphql';

/**
 * Registers an English-coded enum with its Chinese labels as value descriptions, so partner apps read the same
 * words as the admin from the schema itself.
 */
export function registerLabeledEnum<T extends Record<string, string>>(
  values: T,
  name: string,
  description: string,
  labels: Readonly<Record<T[keyof T], string>>,
): T {
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.values(values).map((value) => [value, { description: labels[value as T[keyof T]] }])) as never,
  });
  return values;
}
