import { conflict, type Identity, notFound, parseId } from '@grimoire/platform';

import { findCampaignById, touchCampaign } from '../db/queries/campaigns.js';
import {
  answerInvitation,
  findInvitationById,
  insertInvitation,
  listPendingInvitationsOf,
} from '../db/queries/invitations.js';
import { findMemberRole, insertMember } from '../db/queries/members.js';
import type { CampaignInvitationRow, CampaignRole, CampaignRow } from '../db/tables/index.js';
import { assertCanAnswerInvitation, assertCanInvite, assertCanRevokeInvitation } from './authorize-campaign-action.js';
import { assertStatusAllows } from './campaign-status-gate.js';
import { inCampaignTransaction } from './campaign-write.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';

/** An invitation with the name of its campaign (the invitee is not a member yet, so no Campaign). */
export interface InvitationView {
  invitation: CampaignInvitationRow;
  campaignName: string;
}

/**
 * The GM or a co-GM invites a user with a role (rules in authorize-campaign-action.ts). Any
 * well-formed user id is accepted (accounts is not asked). CONFLICT when the user already is a
 * member or already has an open invitation.
 */
export async function inviteToCampaign(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
  rawUserId: string,
  role: CampaignRole,
): Promise<InvitationView> {
  const inviteeId = parseId(rawUserId, 'userId');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  assertCanInvite(access, role);
  assertStatusAllows(campaign, 'ADMIT');
  const invitation = await inCampaignTransaction(deps.db, campaign.id, { activity: 'ADMIT' }, async (tx) => {
    if ((await findMemberRole(tx, campaign.id, inviteeId)) !== null) {
      throw conflict('This user is already a member of the campaign.', { field: 'userId' });
    }
    const inserted = await insertInvitation(tx, { campaignId: campaign.id, inviteeId, invitedBy: viewer.userId, role });
    if (!inserted) throw conflict('This user already has an open invitation to the campaign.', { field: 'userId' });
    return inserted;
  });
  return { invitation, campaignName: campaign.name };
}

/** The viewer's open invitations, oldest first. */
export async function listMyInvitations(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewerId: string,
): Promise<InvitationView[]> {
  return listPendingInvitationsOf(deps.db, viewerId);
}

/** Loads an invitation by id argument: BAD_USER_INPUT when malformed, NOT_FOUND when unknown. */
async function loadInvitation(
  deps: Pick<CampaignsDependencies, 'db'>,
  rawId: string,
): Promise<{ invitation: CampaignInvitationRow; campaign: CampaignRow }> {
  const id = parseId(rawId, 'id');
  const invitation = await findInvitationById(deps.db, id);
  const campaign = invitation ? await findCampaignById(deps.db, invitation.campaignId) : undefined;
  if (!invitation || !campaign) throw notFound(`No invitation has id ${id}.`, { field: 'id' });
  return { invitation, campaign };
}

function assertPending(invitation: CampaignInvitationRow): void {
  if (invitation.status !== 'PENDING') {
    throw conflict(`This invitation is already ${invitation.status}.`, { field: 'id', status: invitation.status });
  }
}

const answeredMeanwhile = () => conflict('This invitation was answered meanwhile.', { field: 'id' });

/** The invitee accepts: they become a member with the invited role, in one transaction. */
export async function acceptCampaignInvitation(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
): Promise<CampaignRow> {
  const { invitation, campaign } = await loadInvitation(deps, rawId);
  assertCanAnswerInvitation(viewer.userId, invitation);
  assertPending(invitation);
  assertStatusAllows(campaign, 'ADMIT');
  return inCampaignTransaction(deps.db, campaign.id, { activity: 'ADMIT' }, async (tx) => {
    if (!(await answerInvitation(tx, invitation.id, 'ACCEPTED'))) throw answeredMeanwhile();
    if (!(await insertMember(tx, { campaignId: campaign.id, userId: viewer.userId, role: invitation.role }))) {
      // Rolls the answer back too: the invitation stays open for a later look.
      throw conflict('You already are a member of this campaign.', { field: 'id' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/** The invitee declines; nothing else changes. */
export async function declineCampaignInvitation(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
): Promise<InvitationView> {
  const { invitation, campaign } = await loadInvitation(deps, rawId);
  assertCanAnswerInvitation(viewer.userId, invitation);
  assertPending(invitation);
  const declined = await answerInvitation(deps.db, invitation.id, 'DECLINED');
  if (!declined) throw answeredMeanwhile();
  return { invitation: declined, campaignName: campaign.name };
}

/** The inviter or the GM withdraws an open invitation. */
export async function revokeCampaignInvitation(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
): Promise<InvitationView> {
  const { invitation, campaign } = await loadInvitation(deps, rawId);
  const { access } = await loadCampaignAccess(deps.db, viewer.userId, campaign.id);
  assertCanRevokeInvitation(access, invitation);
  assertPending(invitation);
  assertStatusAllows(campaign, 'CHANGE');
  const revoked = await inCampaignTransaction(deps.db, campaign.id, { activity: 'CHANGE' }, (tx) =>
    answerInvitation(tx, invitation.id, 'REVOKED'),
  );
  if (!revoked) throw answeredMeanwhile();
  return { invitation: revoked, campaignName: campaign.name };
}
