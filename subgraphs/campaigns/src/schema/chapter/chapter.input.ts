import { Field, ID, InputType } from 'type-graphql';

import type { ChapterKind as ChapterKindValue, ChapterState as ChapterStateValue } from '../../db/tables/index.js';
import { ChapterKind, ChapterState } from '../story/story-enums.js';

@InputType('CreateChapterInput', { description: 'A new chapter.' })
export class CreateChapterInput {
  @Field(() => String, { description: '1-200 characters (trimmed).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Up to 5000 characters.' })
  summary?: string | null;

  @Field(() => ChapterKind, { nullable: true, description: 'STORY when omitted.' })
  kind?: ChapterKindValue | null;

  @Field(() => ChapterState, { nullable: true, description: 'DRAFT when omitted.' })
  state?: ChapterStateValue | null;

  @Field(() => [ID], { nullable: true, description: 'Chapters of the same campaign that must come first.' })
  prerequisiteIds?: string[] | null;
}

@InputType('UpdateChapterInput', { description: 'Changes to a chapter; omitted fields stay as they are.' })
export class UpdateChapterInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Null or blank clears it.' })
  summary?: string | null;

  @Field(() => ChapterKind, { nullable: true })
  kind?: ChapterKindValue | null;

  @Field(() => ChapterState, { nullable: true })
  state?: ChapterStateValue | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Replaces the prerequisites; BAD_USER_INPUT names the cycle if this would make one.',
  })
  prerequisiteIds?: string[] | null;
}
