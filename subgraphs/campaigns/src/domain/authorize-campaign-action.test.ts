import { randomUUID } from 'node:crypto';

import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import type { CampaignRole, CampaignStatus } from '../db/tables/index.js';
import {
  assertCanAddToParty,
  assertCanAnswerInvitation,
  assertCanBringOwnCharacter,
  assertCanChangeStatus,
  assertCanDeleteCampaign,
  assertCanEditCampaign,
  assertCanInvite,
  assertCanManageHomebrew,
  assertCanManageMembers,
  assertCanRemoveFromParty,
  assertCanRemoveMember,
  assertCanRevokeInvitation,
  assertCanSetMemberRole,
  assertCanViewCampaign,
  assertCharacterMayJoinParty,
  assertOwnCharacterMayJoin,
  CAMPAIGN_STATUS_TRANSITIONS,
  type CampaignAccess,
} from './authorize-campaign-action.js';

const gmId = randomUUID();
const coGmId = randomUUID();
const playerId = randomUUID();
const viewerId = randomUUID();
const strangerId = randomUUID();
const asGameMaster: CampaignAccess = { viewerId: gmId, gameMasterId: gmId, viewerRole: 'GAME_MASTER' };
const asCoGameMaster: CampaignAccess = { viewerId: coGmId, gameMasterId: gmId, viewerRole: 'CO_GAME_MASTER' };
const asPlayer: CampaignAccess = { viewerId: playerId, gameMasterId: gmId, viewerRole: 'PLAYER' };
const asViewer: CampaignAccess = { viewerId, gameMasterId: gmId, viewerRole: 'VIEWER' };
const asStranger: CampaignAccess = { viewerId: strangerId, gameMasterId: gmId, viewerRole: null };
const everyone = { asGameMaster, asCoGameMaster, asPlayer, asViewer, asStranger };

const STATUSES: CampaignStatus[] = ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED'];

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
  it('lets every member (any role) see the campaign, nobody else', () => {
    expect(codeOf(() => assertCanViewCampaign(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asCoGameMaster))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asPlayer))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asViewer))).toBeNull();
    expect(codeOf(() => assertCanViewCampaign(asStranger))).toBe('FORBIDDEN');
  });

  it('lets the game masters edit, and only the GM delete a DRAFT or ARCHIVED campaign', () => {
    expect(codeOf(() => assertCanEditCampaign(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanEditCampaign(asCoGameMaster))).toBeNull();
    for (const access of [asPlayer, asViewer, asStranger]) {
      expect(codeOf(() => assertCanEditCampaign(access))).toBe('FORBIDDEN');
    }
    for (const status of STATUSES) {
      const deletable = status === 'DRAFT' || status === 'ARCHIVED';
      expect(codeOf(() => assertCanDeleteCampaign(asGameMaster, status))).toBe(deletable ? null : 'CONFLICT');
      for (const access of [asCoGameMaster, asPlayer, asViewer, asStranger]) {
        expect(codeOf(() => assertCanDeleteCampaign(access, status))).toBe('FORBIDDEN');
      }
    }
  });

  describe('status transitions (exhaustive: every from × to × actor)', () => {
    // The expected outcome per move, written out independently of the table under test.
    const expected: Record<string, 'GAME_MASTERS' | 'GAME_MASTER'> = {
      'DRAFT>ACTIVE': 'GAME_MASTERS',
      'ACTIVE>PAUSED': 'GAME_MASTERS',
      'PAUSED>ACTIVE': 'GAME_MASTERS',
      'ACTIVE>COMPLETED': 'GAME_MASTER',
      'PAUSED>COMPLETED': 'GAME_MASTER',
      'COMPLETED>ARCHIVED': 'GAME_MASTER',
    };

    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const move = expected[`${from}>${to}`];
        it(`${from} → ${to}: ${move ?? 'not allowed'}`, () => {
          expect(CAMPAIGN_STATUS_TRANSITIONS[from][to]).toBe(move);
          expect(codeOf(() => assertCanChangeStatus(asGameMaster, from, to))).toBe(move ? null : 'BAD_USER_INPUT');
          expect(codeOf(() => assertCanChangeStatus(asCoGameMaster, from, to))).toBe(
            move === 'GAME_MASTERS' ? null : move ? 'FORBIDDEN' : 'BAD_USER_INPUT',
          );
          // Non-game-masters learn nothing about the machine.
          for (const access of [asPlayer, asViewer, asStranger]) {
            expect(codeOf(() => assertCanChangeStatus(access, from, to))).toBe('FORBIDDEN');
          }
        });
      }
    }

    it('names the allowed moves, or says the status is final', () => {
      try {
        assertCanChangeStatus(asGameMaster, 'DRAFT', 'ARCHIVED');
        expect.unreachable();
      } catch (error) {
        expect((error as GraphQLError).message).toBe(
          'status: a DRAFT campaign cannot become ARCHIVED; allowed: ACTIVE.',
        );
        expect((error as GraphQLError).extensions).toMatchObject({ field: 'status', allowed: ['ACTIVE'] });
      }
      expect(() => assertCanChangeStatus(asGameMaster, 'ACTIVE', 'DRAFT')).toThrow('allowed: PAUSED, COMPLETED.');
      expect(() => assertCanChangeStatus(asGameMaster, 'ARCHIVED', 'ACTIVE')).toThrow('ARCHIVED is final.');
    });
  });

  it('lets the game masters manage members; nobody removes the GM, co-GMs do not remove co-GMs', () => {
    expect(codeOf(() => assertCanManageMembers(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanManageMembers(asCoGameMaster))).toBeNull();
    for (const access of [asPlayer, asViewer, asStranger]) {
      expect(codeOf(() => assertCanManageMembers(access))).toBe('FORBIDDEN');
    }
    const player = { userId: playerId, role: 'PLAYER' as const };
    const coGm = { userId: coGmId, role: 'CO_GAME_MASTER' as const };
    const gm = { userId: gmId, role: 'GAME_MASTER' as const };
    expect(codeOf(() => assertCanRemoveMember(asGameMaster, player))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(asGameMaster, coGm))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(asGameMaster, gm))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asCoGameMaster, player))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(asCoGameMaster, { userId: viewerId, role: 'VIEWER' }))).toBeNull();
    expect(codeOf(() => assertCanRemoveMember(asCoGameMaster, coGm))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asCoGameMaster, gm))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asPlayer, player))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveMember(asViewer, player))).toBe('FORBIDDEN');
  });

  it('lets only the GM change roles, never to or from GAME_MASTER', () => {
    for (const role of ['CO_GAME_MASTER', 'PLAYER', 'VIEWER'] as CampaignRole[]) {
      expect(codeOf(() => assertCanSetMemberRole(asGameMaster, playerId, role))).toBeNull();
      for (const access of [asCoGameMaster, asPlayer, asViewer, asStranger]) {
        expect(codeOf(() => assertCanSetMemberRole(access, playerId, role))).toBe('FORBIDDEN');
      }
    }
    expect(codeOf(() => assertCanSetMemberRole(asGameMaster, playerId, 'GAME_MASTER'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => assertCanSetMemberRole(asGameMaster, gmId, 'PLAYER'))).toBe('BAD_USER_INPUT');
  });

  it('lets the game masters invite; co-GMs cannot invite co-GMs; nobody invites a GM', () => {
    for (const role of ['PLAYER', 'VIEWER'] as CampaignRole[]) {
      expect(codeOf(() => assertCanInvite(asGameMaster, role))).toBeNull();
      expect(codeOf(() => assertCanInvite(asCoGameMaster, role))).toBeNull();
    }
    expect(codeOf(() => assertCanInvite(asGameMaster, 'CO_GAME_MASTER'))).toBeNull();
    expect(codeOf(() => assertCanInvite(asCoGameMaster, 'CO_GAME_MASTER'))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanInvite(asGameMaster, 'GAME_MASTER'))).toBe('BAD_USER_INPUT');
    for (const access of [asPlayer, asViewer, asStranger]) {
      expect(codeOf(() => assertCanInvite(access, 'PLAYER'))).toBe('FORBIDDEN');
    }
  });

  it('lets only the invitee answer, and the inviter or the GM revoke', () => {
    expect(codeOf(() => assertCanAnswerInvitation(playerId, { inviteeId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanAnswerInvitation(gmId, { inviteeId: playerId }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRevokeInvitation(asGameMaster, { invitedBy: coGmId }))).toBeNull();
    expect(codeOf(() => assertCanRevokeInvitation(asCoGameMaster, { invitedBy: coGmId }))).toBeNull();
    expect(codeOf(() => assertCanRevokeInvitation(asCoGameMaster, { invitedBy: gmId }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRevokeInvitation(asPlayer, { invitedBy: gmId }))).toBe('FORBIDDEN');
  });

  it('lets the game masters add to the party characters of the GM, co-GMs and players only', () => {
    expect(codeOf(() => assertCanAddToParty(asGameMaster))).toBeNull();
    expect(codeOf(() => assertCanAddToParty(asCoGameMaster))).toBeNull();
    for (const access of [asPlayer, asViewer, asStranger]) {
      expect(codeOf(() => assertCanAddToParty(access))).toBe('FORBIDDEN');
    }
    const owners: [string, CampaignRole | null, string | null][] = [
      [gmId, 'GAME_MASTER', null],
      [coGmId, 'CO_GAME_MASTER', null],
      [playerId, 'PLAYER', null],
      [viewerId, 'VIEWER', 'FORBIDDEN'],
      [strangerId, null, 'FORBIDDEN'],
    ];
    for (const [ownerId, ownerRole, code] of owners) {
      expect(codeOf(() => assertCharacterMayJoinParty(asGameMaster, { ownerId, ownerRole }))).toBe(code);
    }
  });

  it('lets a PLAYER bring one character of their own', () => {
    expect(codeOf(() => assertCanBringOwnCharacter(asPlayer))).toBeNull();
    expect(codeOf(() => assertOwnCharacterMayJoin(asPlayer, { ownerId: playerId }, 0))).toBeNull();
    expect(codeOf(() => assertOwnCharacterMayJoin(asPlayer, { ownerId: playerId }, 1))).toBe('CONFLICT');
    expect(codeOf(() => assertOwnCharacterMayJoin(asPlayer, { ownerId: gmId }, 0))).toBe('FORBIDDEN');
    for (const access of [asGameMaster, asCoGameMaster, asViewer, asStranger]) {
      expect(codeOf(() => assertCanBringOwnCharacter(access))).toBe('FORBIDDEN');
      expect(codeOf(() => assertOwnCharacterMayJoin(access, { ownerId: access.viewerId }, 0))).toBe('FORBIDDEN');
    }
  });

  it("lets the game masters or the character's owner remove a character from the party", () => {
    expect(codeOf(() => assertCanRemoveFromParty(asGameMaster, { ownerId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asGameMaster, { ownerId: null }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asCoGameMaster, { ownerId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: playerId }))).toBeNull();
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: randomUUID() }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveFromParty(asPlayer, { ownerId: null }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveFromParty(asViewer, { ownerId: playerId }))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanRemoveFromParty(asStranger, { ownerId: playerId }))).toBe('FORBIDDEN');
  });

  it('lets only the GM allow or disallow homebrew', () => {
    for (const [name, access] of Object.entries(everyone)) {
      expect(
        codeOf(() => assertCanManageHomebrew(access)),
        name,
      ).toBe(name === 'asGameMaster' ? null : 'FORBIDDEN');
    }
  });
});
