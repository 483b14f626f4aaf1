import { forbidden } from '@grimoire/platform';

import type { CampaignRole } from '../db/tables/index.js';

/**
 * What the viewer is in one campaign. `viewerRole` is null for non-members.
 *
 * Membership and authorization rule (decided):
 * - The creator of a campaign is its game master (GM) and a member with role GAME_MASTER.
 *   Other users become members with role PLAYER only when the GM adds them.
 * - Only members see a campaign (query, `Character.campaigns`, `partyChanged`).
 * - Only the GM adds or removes members; the GM cannot be removed.
 * - Only the GM adds a character to the party, and only a character whose owner is the GM or a
 *   member of the campaign (so a party never holds a stranger's character).
 * - A character leaves the party when the GM or the character's owner removes it.
 * - Only the GM allows or disallows homebrew in the campaign, and only homebrew the GM can see
 *   (checked with the catalog). Members see the allowed list; the catalog shows allowed homebrew
 *   to every member, while only its author may change it.
 */
export interface CampaignAccess {
  viewerId: string;
  gameMasterId: string;
  viewerRole: CampaignRole | null;
}

function isGameMaster(access: CampaignAccess): boolean {
  return access.viewerId === access.gameMasterId;
}

export function assertCanViewCampaign(access: CampaignAccess): void {
  if (access.viewerRole === null && !isGameMaster(access)) {
    throw forbidden('Only members of this campaign may see it.');
  }
}

export function assertCanManageMembers(access: CampaignAccess): void {
  if (!isGameMaster(access)) throw forbidden('Only the game master of this campaign may add or remove members.');
}

export function assertCanRemoveMember(access: CampaignAccess, memberId: string): void {
  assertCanManageMembers(access);
  if (memberId === access.gameMasterId) throw forbidden('The game master cannot be removed from their own campaign.');
}

export function assertCanAddToParty(access: CampaignAccess): void {
  if (!isGameMaster(access)) {
    throw forbidden('Only the game master of this campaign may add characters to its party.');
  }
}

/** Checked once the character's owner is known (after `assertCanAddToParty`). */
export function assertCharacterMayJoinParty(
  access: CampaignAccess,
  character: { ownerId: string; ownerRole: CampaignRole | null },
): void {
  if (character.ownerId !== access.gameMasterId && character.ownerRole === null) {
    throw forbidden(
      "The character's owner is not a member of this campaign. Add the owner as a member first, then their character.",
    );
  }
}

/** `ownerId` is null when the character no longer exists (then only the GM can tidy up). */
export function assertCanRemoveFromParty(access: CampaignAccess, character: { ownerId: string | null }): void {
  if (isGameMaster(access) || (character.ownerId !== null && character.ownerId === access.viewerId)) return;
  throw forbidden("Only the game master or the character's owner may remove a character from the party.");
}

export function assertCanManageHomebrew(access: CampaignAccess): void {
  if (!isGameMaster(access)) {
    throw forbidden('Only the game master of this campaign may allow or disallow homebrew in it.');
  }
}
