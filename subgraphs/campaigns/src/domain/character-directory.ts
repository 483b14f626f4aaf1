import type { Identity } from '@grimoire/platform';
import type { PartyMemberProfile } from '@grimoire/rules';

/**
 * What campaigns needs to know about characters, which the characters subgraph owns. The real
 * implementation (clients/characters-client.ts) asks that subgraph; domain code sees only this.
 */
export interface CharacterDirectory {
  /** Owner id per character id; ids of unknown characters are absent. One round trip for all. */
  ownersOf(characterIds: readonly string[], viewer: Identity, requestId?: string): Promise<Map<string, string>>;
  /**
   * What the Antitheticon analyses of each character (class levels, final ability scores,
   * skills); unknown characters are left out. One round trip for all.
   */
  profilesOf(characterIds: readonly string[], viewer: Identity, requestId?: string): Promise<PartyMemberProfile[]>;
}
