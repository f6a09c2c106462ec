import type { ComplaintKind } from '@kesu/domain';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { Category } from './category.entity.js';
import { CategoryPayload, CreateCategoryInput, UpdateCategoryInput } from './category.inputs.js';
import * as categoryService from './category.service.js';
import { ComplaintKindEnum } from './complaint-kind.enum.js';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: '调用者所在集团的分类（RULES §3），按分类体系和排序' })
  @Can('read', 'Category')
  categories(
    @Arg('kind', () => ComplaintKindEnum, { nullable: true, description: '只列出该记录类型使用的分类；预警使用投诉分类' })
    kind: ComplaintKind | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: '同时列出已停用的分类' })
    includeInactive: boolean,
    @Ctx() ctx: Context,
  ) {
    return categoryService.listCategories(ctx, kind, includeInactive);
  }

  @Mutation(() => CategoryPayload, { description: '集团管理员新增分类' })
  @Can('create', 'Category')
  async createCategory(@Arg('input', () => CreateCategoryInput) input: CreateCategoryInput, @Ctx() ctx: Context) {
    return { category: await categoryService.createCategory(ctx, input) };
  }

  @Mutation(() => CategoryPayload, { description: '集团管理员修改分类（编码和分类体系不可改）；版本过期时返回 CONFLICT' })
  @Can('update', 'Category')
  async updateCategory(@Arg('input', () => UpdateCategoryInput) input: UpdateCategoryInput, @Ctx() ctx: Context) {
    return { category: await categoryService.updateCategory(ctx, input) };
  }
}
