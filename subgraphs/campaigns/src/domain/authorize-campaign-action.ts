import { badUserInput, conflict, forbidden } from '@grimoire/platform';

import type { CampaignRole, CampaignStatus } from '../db/tables/index.js';

/**
 * What the viewer is in one campaign. `viewerRole` is null for non-members.
 *
 * Membership and authorization rule (decided; this file is the only place it lives):
 * - The creator of a campaign is its game master (GM), a member with role GAME_MASTER. Others are
 *   CO_GAME_MASTER, PLAYER or VIEWER members. "Game masters" below means the GM and co-GMs.
 * - Only members (any role) see a campaign (query, `Character.campaigns`, `partyChanged`).
 * - The game masters edit the name and description. Only the GM deletes a campaign, and only
 *   while it is DRAFT or ARCHIVED (CONFLICT otherwise).
 * - Status moves only along CAMPAIGN_STATUS_TRANSITIONS: draft→active, active⇄paused (game
 *   masters), active|paused→completed and completed→archived (the GM only). Any other move is
 *   BAD_USER_INPUT naming the allowed ones; a non-game-master is FORBIDDEN before that.
 * - The game masters add members directly (`addCampaignMember`, as PLAYER) or invite them as
 *   PLAYER, VIEWER or CO_GAME_MASTER; co-GMs cannot invite co-GMs. Only the invitee accepts or
 *   declines an invitation (accepting makes them a member with the invited role); the inviter or
 *   the GM revokes it. The game masters list the campaign's invitations (`Campaign.invitations`).
 * - The game masters set the campaign's rule profile; members read it.
 * - What a campaign's status still allows (e.g. nothing changes once ARCHIVED) lives in
 *   campaign-status-gate.ts and is checked after these rules.
 * - The game masters remove members; nobody removes the GM, and co-GMs cannot remove co-GMs.
 *   Only the GM changes roles (`setCampaignMemberRole`), never to or from GAME_MASTER.
 * - The game masters add to the party characters owned by the GM, a co-GM or a player (never a
 *   viewer's or a stranger's). A PLAYER brings one character of their own
 *   (`joinPartyWithCharacter`); the game masters may add more of theirs.
 * - A character leaves the party when a game master or the character's owner removes it.
 * - Viewers see the campaign but bring no character and change nothing.
 * - The game masters run the table: they record and revert table events (XP, damage, rests...)
 *   and write the session log; members read both.
 * - Only the GM allows or disallows homebrew in the campaign, and only homebrew the GM can see
 *   (checked with the catalog). Members see the allowed list; the catalog shows allowed homebrew
 *   to every member, while only its author may change it.
 * - The game masters change the story (chapters, arcs, plots, NPCs, locations, factions, story
 *   versions); members read it, except hidden NPC relationships, which only the game masters see.
 */
export interface CampaignAccess {
  viewerId: string;
  gameMasterId: string;
  viewerRole: CampaignRole | null;
}

function isGameMaster(access: CampaignAccess): boolean {
  return access.viewerId === access.gameMasterId;
}

function isGameMasterOrCo(access: CampaignAccess): boolean {
  return isGameMaster(access) || access.viewerRole === 'CO_GAME_MASTER';
}

export function assertCanViewCampaign(access: CampaignAccess): void {
  if (access.viewerRole === null && !isGameMaster(access)) {
    throw forbidden('Only members of this campaign may see it.');
  }
}

export function assertCanEditCampaign(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may edit this campaign.');
  }
}

/** Table events and the session log. */
export function assertCanRunTheTable(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may record table events or write the session log.');
  }
}

const DELETABLE_STATUSES: readonly CampaignStatus[] = ['DRAFT', 'ARCHIVED'];

export function assertCanDeleteCampaign(access: CampaignAccess, status: CampaignStatus): void {
  if (!isGameMaster(access)) throw forbidden('Only the game master may delete this campaign.');
  if (!DELETABLE_STATUSES.includes(status)) {
    throw conflict(`Only a DRAFT or ARCHIVED campaign can be deleted; this one is ${status}.`, { status });
  }
}

/** Who may make a move: the game masters (GM and co-GMs) or the GM alone. */
export type StatusMover = 'GAME_MASTERS' | 'GAME_MASTER';

/** The campaign state machine: every allowed move and who may make it. Nothing else is allowed. */
export const CAMPAIGN_STATUS_TRANSITIONS: Readonly<
  Record<CampaignStatus, Readonly<Partial<Record<CampaignStatus, StatusMover>>>>
> = {
  DRAFT: { ACTIVE: 'GAME_MASTERS' },
  ACTIVE: { PAUSED: 'GAME_MASTERS', COMPLETED: 'GAME_MASTER' },
  PAUSED: { ACTIVE: 'GAME_MASTERS', COMPLETED: 'GAME_MASTER' },
  COMPLETED: { ARCHIVED: 'GAME_MASTER' },
  ARCHIVED: {},
};

export function assertCanChangeStatus(access: CampaignAccess, from: CampaignStatus, to: CampaignStatus): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden("Only the game master or a co-game master may change this campaign's status.");
  }
  const allowed = CAMPAIGN_STATUS_TRANSITIONS[from];
  const mover = allowed[to];
  if (!mover) {
    const moves = Object.keys(allowed);
    throw badUserInput(
      `status: a ${from} campaign cannot become ${to}; ` +
        (moves.length > 0 ? `allowed: ${moves.join(', ')}.` : `${from} is final.`),
      { field: 'status', allowed: moves },
    );
  }
  if (mover === 'GAME_MASTER' && !isGameMaster(access)) {
    throw forbidden(`Only the game master may make a ${from} campaign ${to}.`);
  }
}

/** Adding members directly (as PLAYER). */
export function assertCanManageMembers(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may add or remove members.');
  }
}

export function assertCanRemoveMember(
  access: CampaignAccess,
  member: { userId: string; role: CampaignRole | null },
): void {
  assertCanManageMembers(access);
  if (member.userId === access.gameMasterId) {
    throw forbidden('The game master cannot be removed from their own campaign.');
  }
  if (member.role === 'CO_GAME_MASTER' && !isGameMaster(access)) {
    throw forbidden('Only the game master may remove a co-game master.');
  }
}

/** Roles a member can be given (by role change or invitation); GAME_MASTER belongs to the creator. */
export const ASSIGNABLE_ROLES: readonly CampaignRole[] = ['CO_GAME_MASTER', 'PLAYER', 'VIEWER'];

function assertAssignableRole(role: CampaignRole): void {
  if (!ASSIGNABLE_ROLES.includes(role)) {
    throw badUserInput(`role: must be one of ${ASSIGNABLE_ROLES.join(', ')}.`, { field: 'role' });
  }
}

export function assertCanSetMemberRole(access: CampaignAccess, memberId: string, role: CampaignRole): void {
  if (!isGameMaster(access)) throw forbidden("Only the game master may change a member's role.");
  assertAssignableRole(role);
  if (memberId === access.gameMasterId) {
    throw badUserInput("userId: the game master's own role cannot change.", { field: 'userId' });
  }
}

export function assertCanInvite(access: CampaignAccess, role: CampaignRole): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may invite to this campaign.');
  }
  assertAssignableRole(role);
  if (role === 'CO_GAME_MASTER' && !isGameMaster(access)) {
    throw forbidden('Only the game master may invite a co-game master.');
  }
}

/** The game masters see a campaign's invitations (whoever sent them); players and viewers do not. */
export function assertCanSeeInvitations(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden("Only the game master or a co-game master may see this campaign's invitations.");
  }
}

/** Only the invitee answers an invitation. */
export function assertCanAnswerInvitation(viewerId: string, invitation: { inviteeId: string }): void {
  if (viewerId !== invitation.inviteeId) throw forbidden('Only the invited user may answer this invitation.');
}

export function assertCanRevokeInvitation(access: CampaignAccess, invitation: { invitedBy: string }): void {
  if (!isGameMaster(access) && access.viewerId !== invitation.invitedBy) {
    throw forbidden('Only the inviter or the game master may revoke this invitation.');
  }
}

export function assertCanAddToParty(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may add characters to the party.');
  }
}

/** Roles whose characters may be in the party (viewers bring none). */
const CHARACTER_OWNER_ROLES: readonly CampaignRole[] = ['GAME_MASTER', 'CO_GAME_MASTER', 'PLAYER'];

/** Checked once the character's owner is known (after `assertCanAddToParty`). */
export function assertCharacterMayJoinParty(
  access: CampaignAccess,
  character: { ownerId: string; ownerRole: CampaignRole | null },
): void {
  if (character.ownerId === access.gameMasterId) return;
  if (character.ownerRole === null) {
    throw forbidden(
      "The character's owner is not a member of this campaign. Add the owner as a member first, then their character.",
    );
  }
  if (!CHARACTER_OWNER_ROLES.includes(character.ownerRole)) {
    throw forbidden("The character's owner is a viewer of this campaign; viewers bring no characters.");
  }
}

/** Only PLAYER members bring their own characters (checked before asking characters anything). */
export function assertCanBringOwnCharacter(access: CampaignAccess): void {
  if (access.viewerRole !== 'PLAYER') {
    throw forbidden('Only players of this campaign bring their own characters into the party.');
  }
}

/**
 * Then the character must be the player's own, and the first of theirs in the party
 * (`charactersInParty` counts the viewer's characters already in it; the game masters may add
 * more with addPartyMember).
 */
export function assertOwnCharacterMayJoin(
  access: CampaignAccess,
  character: { ownerId: string },
  charactersInParty: number,
): void {
  assertCanBringOwnCharacter(access);
  if (character.ownerId !== access.viewerId) throw forbidden('You may only bring a character you own.');
  if (charactersInParty > 0) {
    throw conflict('You already have a character in this party; the game master may add more.', {
      field: 'characterId',
    });
  }
}

/** `ownerId` is null when the character no longer exists (then only the game masters can tidy up). */
export function assertCanRemoveFromParty(access: CampaignAccess, character: { ownerId: string | null }): void {
  if (isGameMasterOrCo(access) || (character.ownerId !== null && character.ownerId === access.viewerId)) return;
  throw forbidden("Only the game master, a co-game master or the character's owner may remove it from the party.");
}

export function assertCanManageHomebrew(access: CampaignAccess): void {
  if (!isGameMaster(access)) {
    throw forbidden('Only the game master of this campaign may allow or disallow homebrew in it.');
  }
}

/**
 * The campaign's story (chapters, arcs, plots, NPCs and their relationships, locations, factions
 * and story versions): the game masters change it; every member reads it.
 */
export function assertCanEditStory(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden('Only the game master or a co-game master may change the story of this campaign.');
  }
}

/** Hidden NPC relationships are for the game masters only: players and viewers never see them. */
export function canSeeHiddenStory(viewerRole: CampaignRole | null): boolean {
  return viewerRole === 'GAME_MASTER' || viewerRole === 'CO_GAME_MASTER';
}

/** A theme transition moves the whole party into another genre: the game masters only. */
export function assertCanTransitionTheme(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden("Only the game master or a co-game master may change this campaign's theme.");
  }
}

/**
 * The Antitheticon's nemesis (generating it, its deceptions, revealing the next stage): the game
 * masters only. Members see it as far as it has been revealed (`canSeeNemesisSecrets`).
 */
export function assertCanRunNemesis(access: CampaignAccess): void {
  if (!isGameMasterOrCo(access)) {
    throw forbidden("Only the game master or a co-game master may shape this campaign's nemesis.");
  }
}

/** The nemesis's hidden identities, active deceptions and unrevealed stages: game masters only. */
export function canSeeNemesisSecrets(access: CampaignAccess): boolean {
  return isGameMasterOrCo(access);
}
