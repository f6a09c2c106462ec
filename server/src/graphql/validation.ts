import { z } from 'zod';
import { badInput } from './errors.js';

/**
 * Validates a mutation input with zod and turns the first problem into BAD_USER_INPUT naming the field, so
 * nothing is written when any part of the input is wrong.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'input';
  throw badInput(field, `${field}: ${issue.message}`);
}

/** Common field shapes with Chinese messages. */
export const fields = {
  name: (label: string, max = 100) =>
    z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不能超过 ${max} 个字符`),
  code: () =>
    z
      .string()
      .trim()
      .min(1, '编码不能为空')
      .max(50, '编码不能超过 50 个字符')
      .regex(/^[A-Za-z0-9_-]+$/, '编码只能包含字母、数字、下划线和连字符'),
  login: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .min(3, '账号至少 3 个字符')
      .max(50, '账号不能超过 50 个字符')
      .regex(/^[a-z0-9._@-]+$/, '账号只能包含字母、数字和 . _ @ -'),
  password: () => z.string().min(8, '密码至少 8 个字符').max(200, '密码不能超过 200 个字符'),
  phone: () =>
    z
      .string()
      .trim()
      .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请填写 11 位手机号或带区号的座机号'),
};
