import type { Identity } from '@grimoire/platform';

/**
 * What campaigns needs to know about characters, which the characters subgraph owns. The real
 * implementation (clients/characters-client.ts) asks that subgraph; domain code sees only this.
 */
export interface CharacterDirectory {
  /** Owner id per character id; ids of unknown characters are absent. One round trip for all. */
  ownersOf(characterIds: readonly string[], viewer: Identity, requestId?: string): Promise<Map<string, string>>;
}
