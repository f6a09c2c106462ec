import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { showServerFieldErrors } from './server-form-errors';

const badInput = (field: string, message: string) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });

function fakeForm() {
  const setFields = vi.fn();
  return { form: { setFields } as unknown as FormInstance, setFields };
}

describe('showServerFieldErrors', () => {
  it('puts the message under the named field without the "field:" prefix of input validation', () => {
    const { form, setFields } = fakeForm();
    expect(showServerFieldErrors(form, badInput('password', 'password: 密码至少 8 个字符'), ['password'])).toBe(true);
    expect(setFields).toHaveBeenCalledWith([{ name: ['password'], errors: ['密码至少 8 个字符'] }]);
  });

  it('maps a server field to the form’s name and ignores fields the form does not have', () => {
    const { form, setFields } = fakeForm();
    expect(showServerFieldErrors(form, badInput('newParentId', '不能移到下级之下'), ['parentId'], { newParentId: 'parentId' })).toBe(
      true,
    );
    expect(setFields).toHaveBeenCalledWith([{ name: ['parentId'], errors: ['不能移到下级之下'] }]);
    expect(showServerFieldErrors(form, badInput('id', '「X」还有 2 个下级单元'), ['name'])).toBe(false);
  });
});
