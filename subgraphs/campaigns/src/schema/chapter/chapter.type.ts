import { Field, ID, ObjectType } from 'type-graphql';

import type { ChapterKind as ChapterKindValue, ChapterState as ChapterStateValue } from '../../db/tables/index.js';
import { ChapterKind, ChapterState } from '../story/story-enums.js';

@ObjectType('Chapter', { description: 'A chapter of a campaign; it can start once its prerequisites are done.' })
export class Chapter {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '1-200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 5000 characters.' })
  summary!: string | null;

  @Field(() => ChapterKind)
  kind!: ChapterKindValue;

  @Field(() => ChapterState)
  state!: ChapterStateValue;

  @Field(() => Date)
  createdAt!: Date;

  /** Not in the schema: the campaign whose loaders answer the chapter's fields. */
  campaignId!: string;
}
