import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay-style page information; shareable because every subgraph with a connection defines it. */
@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Where a page of a connection ends and whether more follows.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when a further page exists after this one.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page; null on an empty page.' })
  endCursor!: string | null;
}
