import { enumOf } from '@grimoire/graphql-types';
import { registerEnumType } from 'type-graphql';

import {
  chapterKind,
  chapterState,
  factionStance,
  npcRelationshipKind,
  plotKind,
  plotState,
  storyArcKind,
} from '../../db/tables/index.js';
import type {
  StoryChangeAction as StoryChangeActionValue,
  StoryEntityKind as StoryEntityKindValue,
} from '../../domain/story/story-changes.js';
import type { MergeStatus } from '../../domain/story-versions/merge-story.js';
import type { MergeSide as MergeSideValue } from '../../domain/story-versions/merge-json.js';

// The story's table enums take their values from the database enums; the others list them.

export const ChapterKind = enumOf(chapterKind.enumValues);
registerEnumType(ChapterKind, { name: 'ChapterKind', description: 'What part a chapter plays in the story.' });

export const ChapterState = enumOf(chapterState.enumValues);
registerEnumType(ChapterState, { name: 'ChapterState', description: 'How far a chapter is prepared or played.' });

export const StoryArcKind = enumOf(storyArcKind.enumValues);
registerEnumType(StoryArcKind, { name: 'StoryArcKind', description: 'What a story arc follows.' });

export const PlotKind = enumOf(plotKind.enumValues);
registerEnumType(PlotKind, {
  name: 'PlotKind',
  description: 'The kind of plot (HIDDEN: one the party does not know of; only game masters see it and its subplots).',
});

export const PlotState = enumOf(plotState.enumValues);
registerEnumType(PlotState, {
  name: 'PlotState',
  description:
    'Where a plot is: PLANNED → ACTIVE | ABANDONED; ACTIVE → RESOLVED | ABANDONED; RESOLVED → ACTIVE (reopened); ABANDONED → PLANNED | ACTIVE (revived).',
});

export const NpcRelationshipKind = enumOf(npcRelationshipKind.enumValues);
registerEnumType(NpcRelationshipKind, {
  name: 'NpcRelationshipKind',
  description: 'How an NPC stands towards another NPC or a character.',
});

export const StoryEntityKind = enumOf<StoryEntityKindValue>([
  'CHAPTER',
  'STORY_ARC',
  'PLOT',
  'NPC',
  'NPC_RELATIONSHIP',
  'LOCATION',
  'FACTION',
  'STORY_VERSION',
]);
registerEnumType(StoryEntityKind, {
  name: 'StoryEntityKind',
  description: 'The kind of story entity a change is about.',
});

export const StoryChangeAction = enumOf<StoryChangeActionValue>(['CREATED', 'UPDATED', 'DELETED', 'RESTORED']);
registerEnumType(StoryChangeAction, { name: 'StoryChangeAction', description: 'What happened to it.' });

export const StoryMergeStatus = enumOf<MergeStatus>(['UP_TO_DATE', 'FAST_FORWARD', 'MERGED', 'CONFLICTS']);
registerEnumType(StoryMergeStatus, {
  name: 'StoryMergeStatus',
  description:
    'UP_TO_DATE: `into` already has everything; FAST_FORWARD: `into` moved to the head of `from`; MERGED: a merge commit was made; CONFLICTS: nothing was written, see `conflicts`.',
});

export const MergeSide = enumOf<MergeSideValue>(['OURS', 'THEIRS']);
registerEnumType(MergeSide, {
  name: 'MergeSide',
  description: 'OURS keeps the value of `into`, THEIRS takes the value of `from`.',
});

export const FactionStance = enumOf(factionStance.enumValues);
registerEnumType(FactionStance, { name: 'FactionStance', description: 'How one faction stands towards another.' });
