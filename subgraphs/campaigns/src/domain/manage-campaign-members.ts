import { conflict, type Identity, notFound, parseId } from '@grimoire/platform';

import { touchCampaign } from '../db/queries/campaigns.js';
import { deleteMember, findMemberRole, insertMember, updateMemberRole } from '../db/queries/members.js';
import { deletePartyMembers, listPartiesOfCampaigns } from '../db/queries/party.js';
import type { CampaignRole, CampaignRow } from '../db/tables/index.js';
import { assertCanManageMembers, assertCanRemoveMember, assertCanSetMemberRole } from './authorize-campaign-action.js';
import { assertStatusAllows } from './campaign-status-gate.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from './campaign-write.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';
import { publishPartyChanged } from './publish-party-changed.js';

const ADD_MEMBER: CampaignWriteRule = { authorize: assertCanManageMembers, activity: 'ADMIT' };

/**
 * The GM or a co-GM adds a user directly as a PLAYER (no invitation). Users belong to accounts; any well-formed user id is accepted
 * here (accounts is not asked), and adding an existing member is a CONFLICT.
 */
export async function addCampaignMember(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
  rawUserId: string,
): Promise<CampaignRow> {
  const userId = parseId(rawUserId, 'userId');
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, ADD_MEMBER);
  return inCampaignTransaction(deps.db, campaign.id, ADD_MEMBER, async (tx) => {
    if (!(await insertMember(tx, { campaignId: campaign.id, userId, role: 'PLAYER' }))) {
      throw conflict('This user is already a member of the campaign.', { field: 'userId' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/**
 * The GM or a co-GM removes a member (rules in authorize-campaign-action.ts). Their characters leave the party in the same transaction, since a
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
  const role = await findMemberRole(deps.db, campaign.id, userId);
  assertCanRemoveMember(access, { userId, role });
  assertStatusAllows(campaign, 'CHANGE');
  if (role === null) throw notFound('This user is not a member of the campaign.', { field: 'userId' });

  const theirCharacters = await partyCharactersOf(deps, viewer, campaign.id, userId, requestId);

  const { updated, removedCharacters } = await inCampaignTransaction(
    deps.db,
    campaign.id,
    { activity: 'CHANGE' },
    async (tx) => {
      if (!(await deleteMember(tx, campaign.id, userId))) {
        throw notFound('This user is not a member of the campaign.', { field: 'userId' });
      }
      const removed = await deletePartyMembers(tx, campaign.id, theirCharacters);
      return { updated: (await touchCampaign(tx, campaign.id)) ?? campaign, removedCharacters: removed };
    },
  );
  if (removedCharacters.length > 0) publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}

/**
 * The GM changes a member's role (never to or from GAME_MASTER). A member who becomes a VIEWER
 * takes their characters out of the party in the same transaction: viewers bring none.
 */
export async function setCampaignMemberRole(
  deps: CampaignsDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawUserId: string,
  role: CampaignRole,
  requestId?: string,
): Promise<CampaignRow> {
  const userId = parseId(rawUserId, 'userId');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  assertCanSetMemberRole(access, userId, role);
  assertStatusAllows(campaign, 'CHANGE');
  const current = await findMemberRole(deps.db, campaign.id, userId);
  if (current === null) throw notFound('This user is not a member of the campaign.', { field: 'userId' });
  if (current === role) return campaign;

  const leaving = role === 'VIEWER' ? await partyCharactersOf(deps, viewer, campaign.id, userId, requestId) : [];
  const { updated, removedCharacters } = await inCampaignTransaction(
    deps.db,
    campaign.id,
    { activity: 'CHANGE' },
    async (tx) => {
      if (!(await updateMemberRole(tx, campaign.id, userId, role))) {
        throw notFound('This user is not a member of the campaign.', { field: 'userId' });
      }
      const removed = await deletePartyMembers(tx, campaign.id, leaving);
      return { updated: (await touchCampaign(tx, campaign.id)) ?? campaign, removedCharacters: removed };
    },
  );
  if (removedCharacters.length > 0) publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}

/** Characters of `userId` in the campaign's party (owners asked of the characters subgraph). */
async function partyCharactersOf(
  deps: CampaignsDependencies,
  viewer: Identity,
  campaignId: string,
  userId: string,
  requestId?: string,
): Promise<string[]> {
  const party = (await listPartiesOfCampaigns(deps.db, [campaignId])).map((member) => member.characterId);
  if (party.length === 0) return [];
  const owners = await deps.characters.charactersOf(party, viewer, requestId);
  return party.filter((characterId) => owners.get(characterId)?.ownerId === userId);
}
