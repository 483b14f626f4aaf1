import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import type { MergeStatus } from '../../domain/story-versions/merge-story.js';
import type { MergeSide as MergeSideValue } from '../../domain/story-versions/merge-json.js';
import { MergeSide, StoryMergeStatus } from '../story/story-enums.js';

@ObjectType('StoryCommit', {
  description: 'A snapshot of a campaign’s story with its history: content-addressed, with parents (two for a merge).',
})
export class StoryCommit {
  @Field(() => ID, { description: 'sha256 of the commit (snapshot hash, parents, branch, author, message, time).' })
  hash!: string;

  @Field(() => String, { description: 'sha256 of the canonical JSON of the story: equal stories, equal hashes.' })
  snapshotHash!: string;

  @Field(() => [String], { description: 'The commits this one follows; two for a merge, none for the first.' })
  parentHashes!: string[];

  @Field(() => String, { description: 'The branch it was committed on.' })
  branch!: string;

  @Field(() => String)
  message!: string;

  @Field(() => Date)
  createdAt!: Date;

  authorId!: string;
  campaignId!: string;
}

@ObjectType('StoryBranch', { description: 'A named line of story history.' })
export class StoryBranch {
  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  headHash!: string;
  campaignId!: string;
}

@ObjectType('StoryChange', { description: 'One difference between two story snapshots.' })
export class StoryChange {
  @Field(() => String, {
    description: 'Dotted path, e.g. `chapters.<id>.title`; an added or removed entity is one change at `<kind>.<id>`.',
  })
  path!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before (null: absent).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after (null: absent).' })
  after!: unknown;
}

@ObjectType('StoryMergeConflict', {
  description: 'Both branches changed the value at `path` differently (or one deleted what the other changed).',
})
export class StoryMergeConflict {
  @Field(() => String)
  path!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The common ancestor’s value (null: absent).' })
  base!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value on `into` (null: deleted there).' })
  ours!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value on `from` (null: deleted there).' })
  theirs!: unknown;
}

@ObjectType('StoryMergeResult')
export class StoryMergeResult {
  @Field(() => StoryMergeStatus)
  status!: MergeStatus;

  @Field(() => StoryCommit, { nullable: true, description: 'The head of `into` afterwards; null with CONFLICTS.' })
  commit!: StoryCommit | null;

  @Field(() => [StoryMergeConflict], { description: 'Unresolved conflicts; nothing was written when there are any.' })
  conflicts!: StoryMergeConflict[];
}

@InputType('StoryMergeResolution', { description: 'How to settle the conflict at `path`.' })
export class StoryMergeResolution {
  @Field(() => String)
  path!: string;

  @Field(() => MergeSide)
  choose!: MergeSideValue;
}
