import { conflict, type Identity, notFound, parseId } from '@grimoire/platform';

import { touchCampaign } from '../db/queries/campaigns.js';
import { deleteMember, findMemberRole, insertMember } from '../db/queries/members.js';
import { deletePartyMembers, listPartiesOfCampaigns } from '../db/queries/party.js';
import type { CampaignRow } from '../db/tables/index.js';
import { assertCanManageMembers, assertCanRemoveMember } from './authorize-campaign-action.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';
import { publishPartyChanged } from './publish-party-changed.js';

/**
 * The GM adds a user as a PLAYER. Users belong to accounts; any well-formed user id is accepted
 * here (accounts is not asked), and adding an existing member is a CONFLICT.
 */
export async function addCampaignMember(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
  rawUserId: string,
): Promise<CampaignRow> {
  const userId = parseId(rawUserId, 'userId');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  assertCanManageMembers(access);
  return deps.db.transaction(async (tx) => {
    if (!(await insertMember(tx, { campaignId: campaign.id, userId, role: 'PLAYER' }))) {
      throw conflict('This user is already a member of the campaign.', { field: 'userId' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/**
 * The GM removes a PLAYER. Their characters leave the party in the same transaction, since a
 * party only holds characters of members.
 */
export async function removeCampaignMember(
  deps: CampaignsDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawUserId: string,
  requestId?: string,
): Promise<CampaignRow> {
  const userId = parseId(rawUserId, 'userId');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  assertCanRemoveMember(access, userId);

  if ((await findMemberRole(deps.db, campaign.id, userId)) === null) {
    throw notFound('This user is not a member of the campaign.', { field: 'userId' });
  }

  const party = (await listPartiesOfCampaigns(deps.db, [campaign.id])).map((member) => member.characterId);
  const owners = await deps.characters.ownersOf(party, viewer, requestId);
  const theirCharacters = party.filter((characterId) => owners.get(characterId) === userId);

  const { updated, removedCharacters } = await deps.db.transaction(async (tx) => {
    if (!(await deleteMember(tx, campaign.id, userId))) {
      throw notFound('This user is not a member of the campaign.', { field: 'userId' });
    }
    const removed = await deletePartyMembers(tx, campaign.id, theirCharacters);
    return { updated: (await touchCampaign(tx, campaign.id)) ?? campaign, removedCharacters: removed };
  });
  if (removedCharacters.length > 0) publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}
