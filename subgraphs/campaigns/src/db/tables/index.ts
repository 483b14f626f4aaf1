export {
  campaignRole,
  campaignsSchema,
  campaignStatus,
  campaignTheme,
  campaignType,
  invitationStatus,
  themeItemPolicy,
  type CampaignRole,
  type CampaignStatus,
  type CampaignTheme,
  type CampaignType,
  type InvitationStatus,
} from './schema.js';
export { campaigns, type CampaignRow, type NewCampaignRow } from './campaigns.js';
export { campaignMembers, type CampaignMemberRow } from './campaign-members.js';
export { partyMembers, type PartyMemberRow } from './party-members.js';
export { campaignHomebrew, type CampaignHomebrewRow } from './campaign-homebrew.js';
export { campaignInvitations, type CampaignInvitationRow } from './campaign-invitations.js';
export { outbox, processedEvents } from './events.js';
export { sessionNotes, type SessionNoteRow } from './session-notes.js';
export { tableEvents, type TableEventRow } from './table-events.js';
export {
  campaignRuleProfiles,
  type CampaignRuleProfileRow,
  type NewCampaignRuleProfileRow,
} from './campaign-rule-profiles.js';
export {
  chapterKind,
  chapterState,
  factionStance,
  npcRelationshipKind,
  plotKind,
  plotState,
  storyArcKind,
  type ChapterKind,
  type ChapterState,
  type FactionStance,
  type NpcRelationshipKind,
  type PlotKind,
  type PlotState,
  type StoryArcKind,
} from './story-enums.js';
export { chapterPrerequisites, chapters, type ChapterPrerequisiteRow, type ChapterRow } from './story-chapters.js';
export { plotChapters, plots, storyArcs, type PlotChapterRow, type PlotRow, type StoryArcRow } from './story-plots.js';
export { locations, type LocationRow } from './story-locations.js';
export { npcRelationships, npcs, type NpcRelationshipRow, type NpcRow, type NpcStatBlock } from './story-npcs.js';
export {
  factionMembers,
  factionRelationships,
  factions,
  type FactionMemberRow,
  type FactionRelationshipRow,
  type FactionRow,
} from './story-factions.js';
export {
  storyBranches,
  storyCommits,
  storySnapshots,
  type StoryBranchRow,
  type StoryCommitRow,
  type StorySnapshotRow,
} from './story-versions.js';
export { themeTransitions, type ThemeTransitionRow } from './theme-transitions.js';
export {
  deceptionLayer,
  deceptionState,
  identityRelation,
  nemeses,
  nemesisDeceptions,
  nemesisGenerator,
  nemesisIdentities,
  nemesisIdentityLinks,
  nemesisRevelations,
  type NemesisDeceptionRow,
  type NemesisIdentityLinkRow,
  type NemesisIdentityRow,
  type NemesisRevelationRow,
  type NemesisRow,
} from './antitheticon.js';
