import { ROLES, type Role } from '@kesu/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { fields } from '../graphql/validation.js';
import { RoleEnum } from './identity.enums.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';

@InputType()
export class LoginInput {
  @Field(() => String) login!: string;
  @Field(() => String) password!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { description: 'Bearer 令牌，放在 Authorization 头中' }) token!: string;
  @Field(() => User) user!: User;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true, description: '所属组织在该单元之下（含下级）的人员' }) orgUnitId?: string | null;
  @Field(() => RoleEnum, { nullable: true, description: '持有该角色的人员' }) role?: Role | null;
  @Field(() => String, { nullable: true, description: '按姓名、账号或手机号搜索' }) search?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) name!: string;
  @Field(() => String) login!: string;
  @Field(() => String) password!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => ID, { nullable: true, description: '所属组织；默认为调用者作为管理员所在的单元' }) orgUnitId?: string | null;
}
export const createUserSchema = z.object({
  name: fields.name('姓名', 50),
  login: fields.login(),
  password: fields.password(),
  phone: fields.phone().nullish(),
  orgUnitId: z.string().nullish(),
});

@InputType()
export class ResetUserPasswordInput {
  @Field(() => ID) userId!: string;
  @Field(() => String) password!: string;
}
export const resetUserPasswordSchema = z.object({ userId: z.string(), password: fields.password() });

@InputType()
export class AssignRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID) orgUnitId!: string;
}
export const roleGrantSchema = z.object({
  userId: z.string(),
  role: z.enum(ROLES as [Role, ...Role[]]),
  orgUnitId: z.string(),
});

@InputType()
export class RevokeRoleInput {
  @Field(() => ID) userId!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID) orgUnitId!: string;
}

@ObjectType()
export class UserPayload {
  @Field(() => User) user!: User;
}

@ObjectType()
export class AssignRolePayload {
  @Field(() => User) user!: User;
  @Field(() => RoleAssignment) assignment!: RoleAssignment;
}
