import { enumOf } from '@grimoire/graphql-types';
import { registerEnumType } from 'type-graphql';

import type {
  ChapterKind as ChapterKindValue,
  ChapterState as ChapterStateValue,
  FactionStance as FactionStanceValue,
  NpcRelationshipKind as NpcRelationshipKindValue,
  PlotKind as PlotKindValue,
  PlotState as PlotStateValue,
  StoryArcKind as StoryArcKindValue,
} from '../../db/tables/index.js';
import type { StoryChangeAction as StoryChangeActionValue, StoryEntityKind as StoryEntityKindValue } from '../../domain/story/story-changes.js';
import type { MergeStatus } from '../../domain/story-versions/merge-story.js';
import type { MergeSide as MergeSideValue } from '../../domain/story-versions/merge-json.js';


export const ChapterKind = enumOf<ChapterKindValue>(['INTRODUCTION', 'STORY', 'SIDE_QUEST', 'BOSS_BATTLE', 'FINALE']);
registerEnumType(ChapterKind, { name: 'ChapterKind', description: 'What part a chapter plays in the story.' });

export const ChapterState = enumOf<ChapterStateValue>(['DRAFT', 'READY', 'IN_PROGRESS', 'COMPLETED']);
registerEnumType(ChapterState, { name: 'ChapterState', description: 'How far a chapter is prepared or played.' });

export const StoryArcKind = enumOf<StoryArcKindValue>(['CAMPAIGN', 'CHARACTER', 'WORLD', 'THEME']);
registerEnumType(StoryArcKind, { name: 'StoryArcKind', description: 'What a story arc follows.' });

export const PlotKind = enumOf<PlotKindValue>(['MAIN', 'SIDE', 'CHARACTER', 'FACTION', 'MYSTERY', 'HIDDEN']);
registerEnumType(PlotKind, { name: 'PlotKind', description: 'The kind of plot (HIDDEN: an Antitheticon plot the party does not know of).' });

export const PlotState = enumOf<PlotStateValue>(['PLANNED', 'ACTIVE', 'RESOLVED', 'ABANDONED']);
registerEnumType(PlotState, {
  name: 'PlotState',
  description:
    'Where a plot is: PLANNED → ACTIVE | ABANDONED; ACTIVE → RESOLVED | ABANDONED; RESOLVED → ACTIVE (reopened); ABANDONED → PLANNED | ACTIVE (revived).',
});

export const NpcRelationshipKind = enumOf<NpcRelationshipKindValue>(['ALLY',
  'ENEMY',
  'NEUTRAL',
  'RIVAL',
  'MENTOR',
  'PATRON',
  'CONTACT',
  'FAMILY']);
registerEnumType(NpcRelationshipKind, { name: 'NpcRelationshipKind', description: 'How an NPC stands towards another NPC or a character.' });

export const StoryEntityKind = enumOf<StoryEntityKindValue>(['CHAPTER',
  'STORY_ARC',
  'PLOT',
  'NPC',
  'NPC_RELATIONSHIP',
  'LOCATION',
  'FACTION',
  'STORY_VERSION']);
registerEnumType(StoryEntityKind, { name: 'StoryEntityKind', description: 'The kind of story entity a change is about.' });

export const StoryChangeAction = enumOf<StoryChangeActionValue>(['CREATED', 'UPDATED', 'DELETED', 'RESTORED']);
registerEnumType(StoryChangeAction, { name: 'StoryChangeAction', description: 'What happened to it.' });

export const StoryMergeStatus = enumOf<MergeStatus>(['UP_TO_DATE', 'FAST_FORWARD', 'MERGED', 'CONFLICTS']);
registerEnumType(StoryMergeStatus, {
  name: 'StoryMergeStatus',
  description:
    'UP_TO_DATE: `into` already has everything; FAST_FORWARD: `into` moved to the head of `from`; MERGED: a merge commit was made; CONFLICTS: nothing was written, see `conflicts`.',
});

export const MergeSide = enumOf<MergeSideValue>(['OURS', 'THEIRS']);
registerEnumType(MergeSide, { name: 'MergeSide', description: 'OURS keeps the value of `into`, THEIRS takes the value of `from`.' });

export const FactionStance = enumOf<FactionStanceValue>(['ALLIED', 'FRIENDLY', 'NEUTRAL', 'RIVAL', 'HOSTILE', 'AT_WAR']);
registerEnumType(FactionStance, { name: 'FactionStance', description: 'How one faction stands towards another.' });
