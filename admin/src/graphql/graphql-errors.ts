import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { useCallback } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { DEFAULT_LOCALE, translate, type Locale } from '../i18n/locales';

/**
 * The `extensions.code`s the server sends (server/src/graphql/errors.ts; anything unexpected becomes
 * INTERNAL_SERVER_ERROR), plus NETWORK (no GraphQL answer at all) and UNKNOWN (anything else).
 */
export const APP_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

function isAppCode(code: unknown): code is (typeof APP_ERROR_CODES)[number] {
  return typeof code === 'string' && (APP_ERROR_CODES as readonly string[]).includes(code);
}

/**
 * The GraphQL errors carried by an Apollo Client 4 error: `CombinedGraphQLErrors`, or a non-2xx `ServerError`
 * whose body is a GraphQL response (e.g. a request refused before execution, answered as application/json).
 */
export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors;
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: unknown };
      if (Array.isArray(body.errors)) return body.errors as GraphQLFormattedError[];
    } catch {
      // Not JSON (a proxy's HTML page): no GraphQL errors to show.
    }
  }
  return [];
}

function isNetworkError(error: unknown): boolean {
  if (ServerError.is(error) || ServerParseError.is(error)) return true;
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  return error instanceof TypeError || (error instanceof Error && error.name === 'AbortError');
}

/** The code of the first GraphQL error, NETWORK when the server gave no GraphQL answer, else UNKNOWN. */
export function errorCode(error: unknown): AppErrorCode {
  const errors = graphQLErrorsOf(error);
  if (errors.length > 0) {
    const code = errors[0]?.extensions?.['code'];
    return isAppCode(code) ? code : 'UNKNOWN';
  }
  return isNetworkError(error) ? 'NETWORK' : 'UNKNOWN';
}

/**
 * A message to show a person. The server's own message wins for its codes: it is Chinese and says what to
 * do (`名称已被使用` beats a generic text). Otherwise, a text per code in the UI language.
 */
export function errorMessage(error: unknown, locale: Locale = DEFAULT_LOCALE): string {
  const errors = graphQLErrorsOf(error);
  if (errors.length > 0) {
    const messages = errors
      .filter((e) => isAppCode(e.extensions?.['code']) && e.message.trim() !== '')
      .map((e) => e.message);
    const distinct = [...new Set(messages)];
    if (distinct.length > 0) return distinct.join('；');
    return translate(locale, `error.${errorCode(error)}`);
  }
  return translate(locale, isNetworkError(error) ? 'error.NETWORK' : 'error.UNKNOWN');
}

/**
 * Messages by input field (`extensions.field`, dotted for nested input: `customers.0.phone`), for forms to put
 * under the offending field. Errors that name no field are left to `errorMessage`.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const e of graphQLErrorsOf(error)) {
    const field = e.extensions?.['field'];
    if (typeof field !== 'string' || field === '') continue;
    byField[field] = byField[field] ? `${byField[field]}；${e.message}` : e.message;
  }
  return byField;
}

/**
 * `fieldErrors` shaped for antd's `form.setFields(…)`: `customers.0.phone` becomes `['customers', 0, 'phone']`.
 * Returns an empty list when no error names a field, so a caller can fall back to a page-level message.
 */
export function formFieldErrors(error: unknown): { name: (string | number)[]; errors: string[] }[] {
  return Object.entries(fieldErrors(error)).map(([field, message]) => ({
    name: field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    errors: [message],
  }));
}

/** `errorMessage` bound to the current UI language. */
export function useErrorMessage(): (error: unknown) => string {
  const { locale } = useI18n();
  return useCallback((error: unknown) => errorMessage(error, locale), [locale]);
}
