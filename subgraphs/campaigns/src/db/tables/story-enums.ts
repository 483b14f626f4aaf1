import { campaignsSchema } from './schema.js';

// Enums of the campaign story (chapters, arcs, plots, NPC relationships).

export const chapterKind = campaignsSchema.enum('chapter_kind', [
  'INTRODUCTION',
  'STORY',
  'SIDE_QUEST',
  'BOSS_BATTLE',
  'FINALE',
]);
export type ChapterKind = (typeof chapterKind.enumValues)[number];

export const chapterState = campaignsSchema.enum('chapter_state', ['DRAFT', 'READY', 'IN_PROGRESS', 'COMPLETED']);
export type ChapterState = (typeof chapterState.enumValues)[number];

export const storyArcKind = campaignsSchema.enum('story_arc_kind', ['CAMPAIGN', 'CHARACTER', 'WORLD', 'THEME']);
export type StoryArcKind = (typeof storyArcKind.enumValues)[number];

export const plotKind = campaignsSchema.enum('plot_kind', [
  'MAIN',
  'SIDE',
  'CHARACTER',
  'FACTION',
  'MYSTERY',
  'HIDDEN',
]);
export type PlotKind = (typeof plotKind.enumValues)[number];

export const plotState = campaignsSchema.enum('plot_state', ['PLANNED', 'ACTIVE', 'RESOLVED', 'ABANDONED']);
export type PlotState = (typeof plotState.enumValues)[number];

export const npcRelationshipKind = campaignsSchema.enum('npc_relationship_kind', [
  'ALLY',
  'ENEMY',
  'NEUTRAL',
  'RIVAL',
  'MENTOR',
  'PATRON',
  'CONTACT',
  'FAMILY',
]);
export type NpcRelationshipKind = (typeof npcRelationshipKind.enumValues)[number];

export const factionStance = campaignsSchema.enum('faction_stance', [
  'ALLIED',
  'FRIENDLY',
  'NEUTRAL',
  'RIVAL',
  'HOSTILE',
  'AT_WAR',
]);
export type FactionStance = (typeof factionStance.enumValues)[number];
