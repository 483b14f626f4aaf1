import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * The characters subgraph's entity; this subgraph contributes `campaigns` to it
 * (see character.resolver.ts) and hands out `{ id }` for party members.
 */
@Directive('@key(fields: "id")')
@ObjectType('Character')
export class Character {
  @Field(() => ID)
  id!: string;
}
