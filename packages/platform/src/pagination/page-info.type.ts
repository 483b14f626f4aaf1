import { Directive, Field, ObjectType } from 'type-graphql';

/** Shared by every subgraph that paginates, hence `@shareable`; keep the fields identical everywhere. */
@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Where a page of a connection ends and whether more follow.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when another page follows this one.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` to fetch the next page; null on an empty page.',
  })
  endCursor!: string | null;
}
