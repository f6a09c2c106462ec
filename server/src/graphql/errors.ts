import { GraphQLError } from 'graphql';

/** The stable `extensions.code`s of DESIGN.md; partner apps branch on these, never on messages. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  | 'PERSISTED_QUERY_REQUIRED'
  | 'PERSISTED_QUERY_NOT_FOUND';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Bad input always names the field (`extensions.field`, dotted for nested input) so a form can point at it. */
export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const forbidden = (message = '没有权限执行此操作') => new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在或不在您的权限范围内`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const unauthenticated = (message = '请先登录') => new AppError('UNAUTHENTICATED', message);

export const staleVersion = (what: string) =>
  conflict(`${what}已被他人修改，请刷新后重试`);
