import { createSubgraphClient, type Identity } from '@grimoire/platform';

import type { HomebrewDirectory } from '../domain/homebrew-directory.js';

const HOMEBREW_CONTENT = 'query CampaignHomebrewCheck($ids: [ID!]!) { homebrewContent(ids: $ids) { id } }';

/**
 * Asks the catalog subgraph directly (its internal `homebrewContent(ids)` read), signed with the
 * acting viewer's identity: the catalog leaves out ids that are unknown or that the viewer may
 * not see, so what comes back is exactly what the viewer can see. `url` may be a function: the
 * launcher passes the catalog's URL lazily, read when a request first needs it.
 */
export function createCatalogClient(options: {
  url: string | (() => string | undefined);
  internalSecret: string;
}): HomebrewDirectory {
  return {
    async visibleTo(homebrewIds: readonly string[], viewer: Identity, requestId?: string): Promise<Set<string>> {
      if (homebrewIds.length === 0) return new Set();
      const url = typeof options.url === 'function' ? options.url() : options.url;
      if (!url) throw new Error('campaigns: the catalog subgraph URL is not known (CATALOG_SUBGRAPH_URL)');
      const client = createSubgraphClient({ url, internalSecret: options.internalSecret });
      const data = await client.request<{ homebrewContent: { id: string }[] }>(
        HOMEBREW_CONTENT,
        { ids: [...new Set(homebrewIds)] },
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return new Set(data.homebrewContent.map((entry) => entry.id));
    },
  };
}
