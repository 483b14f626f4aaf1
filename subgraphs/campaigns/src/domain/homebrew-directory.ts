import type { Identity } from '@grimoire/platform';

/**
 * What campaigns needs to know about homebrew, which the catalog subgraph owns. The real
 * implementation (clients/catalog-client.ts) asks that subgraph; domain code sees only this.
 */
export interface HomebrewDirectory {
  /** Which of `homebrewIds` (`hb-<uuid>`) exist and `viewer` may see; one round trip for all. */
  visibleTo(homebrewIds: readonly string[], viewer: Identity, requestId?: string): Promise<Set<string>>;
}
