import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type of a node: its entity's class, or `__typename` on a plain read-only row (complaint lists). */
export const typeNameOf = (value: { __typename?: string; constructor: { name: string } }): string => value.__typename ?? value.constructor.name;

/** Relay's Node: every object with an opaque global id. Resolvers supply `id` as a global id. */
@InterfaceType('Node', {
  description: '带全局 ID 的对象',
  resolveType: typeNameOf,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
