import type { CampaignInvitationRow, CampaignMemberRow, InvitationStatus } from '../db/tables/index.js';
import { assertCanSeeInvitations } from './authorize-campaign-action.js';

/** The request's batched loaders this read goes through (no statement per campaign). */
export interface CampaignInvitationsReader {
  loadMembers(campaignId: string): Promise<CampaignMemberRow[]>;
  /** `status` null: every status. */
  loadInvitations(campaignId: string, status: InvitationStatus | null): Promise<CampaignInvitationRow[]>;
}

/** The game masters list a campaign's invitations (by default the open ones), oldest first. */
export async function listCampaignInvitations(
  deps: CampaignInvitationsReader,
  viewerId: string,
  campaign: { id: string; gameMasterId: string },
  status: InvitationStatus | null,
): Promise<CampaignInvitationRow[]> {
  const members = await deps.loadMembers(campaign.id);
  const viewerRole = members.find((member) => member.userId === viewerId)?.role ?? null;
  assertCanSeeInvitations({ viewerId, gameMasterId: campaign.gameMasterId, viewerRole });
  return deps.loadInvitations(campaign.id, status);
}
