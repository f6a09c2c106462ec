import { packAbility } from '@kesu/permissions';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Authenticated, Public } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import { LoginInput, LoginPayload } from './identity.inputs.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { User } from './user.entity.js';
import { login } from './identity.service.js';

@ObjectType('Viewer', { description: '当前登录者：本人、角色授权和权限规则' })
export class Viewer {
  @Field(() => User) user!: User;
  @Field(() => [RoleAssignment]) roles!: RoleAssignment[];
  @Field(() => GraphQLJSON, { description: '打包的 CASL 规则（@casl/ability/extra packRules），与服务端执行的一致' })
  rules!: unknown;
}

@Resolver()
export class ViewerResolver {
  @Mutation(() => LoginPayload, { description: '账号密码登录，返回令牌' })
  @Public()
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context) {
    return login(ctx, input);
  }

  @Query(() => Viewer)
  @Authenticated()
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    if (!ctx.viewer) throw unauthenticated();
    const user = ctx.viewer.user;
    if (!user) throw forbidden('me 只描述登录的员工；合作方应用请查询 currentApiClient');
    const roles = await ctx.loaders.assignmentsByUser.load(user.id);
    return { user, roles, rules: packAbility(ctx.ability) };
  }
}
