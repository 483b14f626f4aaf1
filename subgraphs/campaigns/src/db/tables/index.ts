export {
  campaignRole,
  campaignsSchema,
  campaignStatus,
  campaignType,
  invitationStatus,
  type CampaignRole,
  type CampaignStatus,
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
