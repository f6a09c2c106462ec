import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every object with an opaque global id. Resolvers supply `id` as a global id. */
@InterfaceType('Node', {
  description: '带全局 ID 的对象',
  resolveType: (value: { constructor: { name: string } }) => value.constructor.name,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
