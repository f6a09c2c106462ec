import type { FormRule } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

// The server's rules for accounts (server/src/graphql/validation.ts `fields`), checked in the form first so
// the person learns them before submitting; the server still decides and its messages land under the fields.

/** Logins are stored lowercase; upper-case letters are accepted and folded by the server. */
export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]+$/;
export const MIN_PASSWORD_LENGTH = 8;
/** 11-digit mobile or a landline with area code. */
export const PHONE_PATTERN = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** "Repeat the password": must equal the field `passwordField`. */
export function useConfirmPasswordRule(passwordField: string): FormRule {
  const { t } = useI18n();
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: unknown) => {
      if (!value || value === getFieldValue(passwordField)) return;
      throw new Error(t('people.passwordConfirm.mismatch'));
    },
  });
}
