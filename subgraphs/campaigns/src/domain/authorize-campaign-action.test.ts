import { randomUUID } from 'node:crypto';

import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import {
  assertCanAddToParty,
  assertCanManageHomebrew,
  assertCanManageMembers,
  assertCanRemoveFromParty,
  assertCanRemoveMember,
  assertCanViewCampaign,
  assertCharacterMayJoinParty,
  type CampaignAccess,
} from './authorize-campaign-action.js';

const gmId = randomUUID();
const playerId = randomUUID();
const strangerId = randomUUID();
const asGameMaster: CampaignAccess = { viewerId: gmId, gameMasterId: gmId, viewerRole: 'GAME_MASTER' };
const asPlayer: CampaignAccess = { viewerId: playerId, gameMasterId: gmId, viewerRole: 'PLAYER' };
const asStranger: CampaignAccess = { viewerId: strangerId, gameMasterId: gmId, viewerRole: null };

function codeOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return String((error as GraphQLError).extensions.code);
  }
}

describe('campaign authorization rule', () => {
  it('lets members (GM and players) see the campaign, nobody else', () => {
    expect(codeOf(() => assertCanViewCampaign(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asPlayer))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asStranger))).toBe('FORBIDDEN');
  });

  it('lets only the GM manage members, and never remove the GM', () => {
    expect(codeOf(() => assertCanManageMembers(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanManageMembers(asPlayer))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanManageMembers(asStranger))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asGameMaster, playerId))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(asGameMaster, gmId))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asPlayer, playerId))).toBe('FORBIDDEN');
  });

  it('lets only the GM add to the party, and only characters of the GM or of members', () => {
    expect(codeOf(() => assertCanAddToParty(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanAddToParty(asPlayer))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanAddToParty(asStranger))).toBe('FORBIDDEN');

    expect(
      codeOf(() => assertCharacterMayJoinParty(asGameMaster, { ownerId: gmId, ownerRole: 'GAME_MASTER' })),
    ).toBeNull();
    expect(
      codeOf(() => assertCharacterMayJoinParty(asGameMaster, { ownerId: playerId, ownerRole: 'PLAYER' })),
    ).toBeNull();
    expect(codeOf(() => assertCharacterMayJoinParty(asGameMaster, { ownerId: strangerId, ownerRole: null }))).toBe(
      'FORBIDDEN',
    );
  });

  it("lets the GM or the character's owner remove a character from the party", () => {
    expect(codeOf(() => assertCanRemoveFromParty(asGameMaster, { ownerId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asGameMaster, { ownerId: null }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: randomUUID() }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: null }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveFromParty(asStranger, { ownerId: playerId }))).toBe('FORBIDDEN');
  });

  it('lets only the GM allow or disallow homebrew', () => {
    expect(codeOf(() => assertCanManageHomebrew(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanManageHomebrew(asPlayer))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanManageHomebrew(asStranger))).toBe('FORBIDDEN');
  });
});
