import { conflict, type Identity, notFound, parseId } from '@grimoire/platform';
import type { ThemeId } from '@grimoire/rules';

import { touchCampaign } from '../db/queries/campaigns.js';
import { findMemberRole } from '../db/queries/members.js';
import { deletePartyMember, insertPartyMember, listPartiesOfCampaigns } from '../db/queries/party.js';
import type { CampaignRow } from '../db/tables/index.js';
import {
  assertCanAddToParty,
  assertCanBringOwnCharacter,
  assertCanRemoveFromParty,
  assertCharacterMayJoinParty,
  assertOwnCharacterMayJoin,
} from './authorize-campaign-action.js';
import { assertStatusAllows } from './campaign-status-gate.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from './campaign-write.js';
import { bringIntoCampaignTheme } from './themes/bring-into-campaign-theme.js';
import type { CampaignsDependencies } from './dependencies.js';
import { loadCampaignAccess } from './load-campaign-access.js';
import { publishPartyChanged } from './publish-party-changed.js';

const ADD_TO_PARTY: CampaignWriteRule = { authorize: assertCanAddToParty, activity: 'ADMIT' };
const BRING_OWN_CHARACTER: CampaignWriteRule = { authorize: assertCanBringOwnCharacter, activity: 'ADMIT' };

/**
 * The GM or a co-GM adds a character to the party (rules in authorize-campaign-action.ts). The character's
 * existence and owner come from the characters subgraph.
 */
export async function addPartyMember(
  deps: CampaignsDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawCharacterId: string,
  requestId?: string,
): Promise<CampaignRow> {
  const characterId = parseId(rawCharacterId, 'characterId');
  // Check the viewer before asking characters anything: a stranger learns nothing about the character.
  const { campaign, access } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, ADD_TO_PARTY);

  const character = (await deps.characters.charactersOf([characterId], viewer, requestId)).get(characterId);
  if (!character) throw notFound(`No character has id ${characterId}.`, { field: 'characterId' });
  const ownerRole = await findMemberRole(deps.db, campaign.id, character.ownerId);
  assertCharacterMayJoinParty(access, { ownerId: character.ownerId, ownerRole });

  const updated = await inCampaignTransaction(deps.db, campaign.id, ADD_TO_PARTY, async (tx, locked) => {
    if (!(await insertPartyMember(tx, { campaignId: campaign.id, characterId, addedBy: viewer.userId }))) {
      throw conflict('This character is already in the party.', { field: 'characterId' });
    }
    await bringIntoCampaignTheme(tx, locked, joining(characterId, character.theme, viewer, requestId));
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
  deps.events.nudge();
  publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}

/** The GM or the character's owner takes a character out of the party. */
export async function removePartyMember(
  deps: CampaignsDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawCharacterId: string,
  requestId?: string,
): Promise<CampaignRow> {
  const characterId = parseId(rawCharacterId, 'characterId');
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, rawCampaignId);
  // The GM needs no owner lookup (and can remove a character that no longer exists).
  const ownerId =
    viewer.userId === access.gameMasterId
      ? null
      : ((await deps.characters.charactersOf([characterId], viewer, requestId)).get(characterId)?.ownerId ?? null);
  assertCanRemoveFromParty(access, { ownerId });
  assertStatusAllows(campaign, 'CHANGE');

  const updated = await inCampaignTransaction(deps.db, campaign.id, { activity: 'CHANGE' }, async (tx) => {
    if (!(await deletePartyMember(tx, campaign.id, characterId))) {
      throw notFound('This character is not in the party.', { field: 'characterId' });
    }
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
  publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}

/**
 * A PLAYER brings a character they own into the party: one per player and campaign (the game
 * masters may add more with addPartyMember). Owners come from the characters subgraph.
 */
export async function joinPartyWithCharacter(
  deps: CampaignsDependencies,
  viewer: Identity,
  rawCampaignId: string,
  rawCharacterId: string,
  requestId?: string,
): Promise<CampaignRow> {
  const characterId = parseId(rawCharacterId, 'characterId');
  // Check the viewer before asking characters anything.
  const { campaign, access } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, BRING_OWN_CHARACTER);

  const party = (await listPartiesOfCampaigns(deps.db, [campaign.id])).map((member) => member.characterId);
  const characters = await deps.characters.charactersOf([characterId, ...party], viewer, requestId);
  const character = characters.get(characterId);
  if (!character) throw notFound(`No character has id ${characterId}.`, { field: 'characterId' });
  if (party.includes(characterId)) throw conflict('This character is already in the party.', { field: 'characterId' });
  const mine = party.filter((id) => characters.get(id)?.ownerId === viewer.userId).length;
  assertOwnCharacterMayJoin(access, { ownerId: character.ownerId }, mine);

  const updated = await inCampaignTransaction(deps.db, campaign.id, BRING_OWN_CHARACTER, async (tx, locked) => {
    // The campaign's lock serialises joins; check the party is the one counted above.
    const now = (await listPartiesOfCampaigns(tx, [campaign.id])).map((member) => member.characterId);
    if (now.length !== party.length || now.some((id) => !party.includes(id))) {
      throw conflict('The party changed meanwhile; try again.', { field: 'characterId' });
    }
    if (!(await insertPartyMember(tx, { campaignId: campaign.id, characterId, addedBy: viewer.userId }))) {
      throw conflict('This character is already in the party.', { field: 'characterId' });
    }
    await bringIntoCampaignTheme(tx, locked, joining(characterId, character.theme, viewer, requestId));
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
  deps.events.nudge();
  publishPartyChanged(deps.pubsub, campaign.id);
  return updated;
}

function joining(characterId: string, characterTheme: ThemeId, viewer: Identity, requestId?: string) {
  return { characterId, characterTheme, actorId: viewer.userId, ...(requestId ? { requestId } : {}) };
}
