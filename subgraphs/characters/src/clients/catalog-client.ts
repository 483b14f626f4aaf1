import { createSubgraphClient } from '@grimoire/platform';

import type { HomebrewContent } from '../domain/rules-catalog.js';

/** Reads homebrew rules content from the catalog subgraph (its internal `homebrewContent(ids)` read). */
export interface CatalogClient {
  /** The content of `ids` (catalog ids `hb-<uuid>`) authored by `ownerId`; unknown ids are left out. */
  homebrewContent(ownerId: string, ids: readonly string[], requestId?: string): Promise<HomebrewContent[]>;
}

const HOMEBREW_CONTENT = `query HomebrewContent($ids: [ID!]!) { homebrewContent(ids: $ids) { id kind content } }`;

/**
 * `url` may be a function: the launcher starts subgraphs one after another, and the catalog may
 * start after this one; the URL is only needed when a request first references homebrew.
 */
export function createCatalogClient(options: {
  url: string | (() => string | undefined);
  internalSecret: string;
}): CatalogClient {
  return {
    async homebrewContent(ownerId, ids, requestId) {
      if (ids.length === 0) return [];
      const url = typeof options.url === 'function' ? options.url() : options.url;
      if (!url) throw new Error('characters: the catalog subgraph URL is not known (CATALOG_SUBGRAPH_URL)');
      const client = createSubgraphClient({ url, internalSecret: options.internalSecret });
      // Homebrew is readable by its author only, and a sheet is derived with its owner's content
      // whoever reads it, so the read is made on the owner's behalf (service to service).
      const data = await client.request<{ homebrewContent: HomebrewContent[] }>(
        HOMEBREW_CONTENT,
        { ids },
        { identity: { userId: ownerId, roles: [] }, ...(requestId ? { requestId } : {}) },
      );
      return data.homebrewContent;
    },
  };
}
