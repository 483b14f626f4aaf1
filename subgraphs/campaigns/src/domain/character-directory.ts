import type { Identity } from '@grimoire/platform';
import type { PartyMemberProfile, ThemeId } from '@grimoire/rules';

/**
 * What campaigns needs to know about characters, which the characters subgraph owns. The real
 * implementation (clients/characters-client.ts) asks that subgraph; domain code sees only this.
 */
export interface CharacterDirectory {
  /** Owner and theme per character id; ids of unknown characters are absent. One round trip for all. */
  charactersOf(
    characterIds: readonly string[],
    viewer: Identity,
    requestId?: string,
  ): Promise<Map<string, CharacterFacts>>;
  /**
   * What the Antitheticon analyses of each character (class levels, final ability scores,
   * skills); unknown characters are left out. One round trip for all.
   */
  profilesOf(characterIds: readonly string[], viewer: Identity, requestId?: string): Promise<PartyMemberProfile[]>;
}

/** What campaigns needs to know of a character it does not own: whose it is and its theme. */
export interface CharacterFacts {
  ownerId: string;
  theme: ThemeId;
}
