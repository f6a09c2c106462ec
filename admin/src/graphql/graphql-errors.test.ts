import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, fieldErrors, formFieldErrors } from './graphql-errors';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

const httpError = (status: number, body: string) =>
  new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(body, { status }),
    bodyText: body,
  });

describe('errorMessage', () => {
  it("prefers the server's own (Chinese, actionable) message", () => {
    const error = graphQLError('编码 GZ01 已被使用', { code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorMessage(error)).toBe('编码 GZ01 已被使用');
    expect(errorMessage(error, 'en-US')).toBe('编码 GZ01 已被使用');
    expect(errorCode(error)).toBe('BAD_USER_INPUT');
  });

  it('falls back to a text per code in the UI language when the server gives none', () => {
    expect(errorMessage(graphQLError('', { code: 'FORBIDDEN' }))).toBe('没有权限执行此操作');
    expect(errorMessage(graphQLError(' ', { code: 'CONFLICT' }), 'en-US')).toBe(
      'Someone else changed this. Please refresh and try again.',
    );
    expect(errorMessage(graphQLError('', { code: 'NOT_FOUND' }))).toBe('数据不存在或不在您的权限范围内');
    expect(errorMessage(graphQLError('', { code: 'UNAUTHENTICATED' }))).toBe('登录已失效，请重新登录');
    expect(errorCode(graphQLError('', { code: 'RATE_LIMITED', retryAfter: 12 }))).toBe('RATE_LIMITED');
    expect(errorMessage(graphQLError('', { code: 'RATE_LIMITED' }))).toContain('稍后再试');
  });

  it('does not show developer messages (validation, unknown codes) to people', () => {
    const error = graphQLError('Cannot query field "foo" on type "Query".', { code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(errorCode(error)).toBe('UNKNOWN');
    expect(errorMessage(error)).toBe('操作失败，请稍后重试');
  });

  it('joins distinct messages of several errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: '名称不能为空', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
        { message: '名称不能为空', extensions: { code: 'BAD_USER_INPUT', field: 'name' } },
        { message: '上级单元不存在', extensions: { code: 'NOT_FOUND' } },
      ],
    });
    expect(errorMessage(error)).toBe('名称不能为空；上级单元不存在');
  });

  it('names a network failure as such', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('无法连接服务器，请检查网络后重试');
    expect(errorMessage(new TypeError('Failed to fetch'), 'en-US')).toBe(
      'Cannot reach the server. Check your network and try again.',
    );
    expect(errorCode(httpError(502, '<html>Bad gateway</html>'))).toBe('NETWORK');
    const parse = new ServerParseError(new Error('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(errorCode(parse)).toBe('NETWORK');
  });

  it('reads GraphQL errors out of a non-2xx JSON answer', () => {
    const body = JSON.stringify({ errors: [{ message: '请求过于复杂', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(errorMessage(httpError(400, body))).toBe('请求过于复杂');
  });

  it('has a text for anything else', () => {
    expect(errorMessage(new Error('boom'))).toBe('操作失败，请稍后重试');
    expect(errorMessage('boom')).toBe('操作失败，请稍后重试');
  });
});

describe('fieldErrors', () => {
  const error = new CombinedGraphQLErrors({
    data: null,
    errors: [
      { message: '编码已被使用', extensions: { code: 'BAD_USER_INPUT', field: 'code' } },
      { message: '手机号格式不正确', extensions: { code: 'BAD_USER_INPUT', field: 'customers.0.phone' } },
      { message: '没有权限执行此操作', extensions: { code: 'FORBIDDEN' } },
    ],
  });

  it('maps extensions.field to its message and leaves errors without a field out', () => {
    expect(fieldErrors(error)).toEqual({ code: '编码已被使用', 'customers.0.phone': '手机号格式不正确' });
    expect(fieldErrors(new TypeError('Failed to fetch'))).toEqual({});
  });

  it("shapes them for antd's form.setFields", () => {
    expect(formFieldErrors(error)).toEqual([
      { name: ['code'], errors: ['编码已被使用'] },
      { name: ['customers', 0, 'phone'], errors: ['手机号格式不正确'] },
    ]);
  });
});
