import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the accounts subgraph's `User`: this subgraph only hands out its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('User', { description: 'A Grimoire user (owned by the accounts subgraph).' })
export class UserReference {
  @Field(() => ID)
  id!: string;
}
