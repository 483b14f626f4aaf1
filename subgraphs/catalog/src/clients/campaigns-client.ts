import { createSubgraphClient, type Identity } from '@grimoire/platform';

import type { CampaignHomebrewDirectory } from '../domain/campaign-sharing.js';

const HOMEBREW_ALLOWED = 'query CatalogHomebrewSharing { homebrewAllowedForViewer }';

/**
 * Asks the campaigns subgraph directly (its internal `homebrewAllowedForViewer` read), signed
 * with the viewer's identity, so campaigns answers for that viewer's memberships only. `url` may
 * be a function: the launcher starts campaigns after the catalog, so the URL is read when a
 * request first needs it.
 */
export function createCampaignsClient(options: {
  url: string | (() => string | undefined);
  internalSecret: string;
}): CampaignHomebrewDirectory {
  return {
    async homebrewAllowedFor(viewer: Identity, requestId?: string): Promise<string[]> {
      const url = typeof options.url === 'function' ? options.url() : options.url;
      if (!url) throw new Error('catalog: the campaigns subgraph URL is not known (CAMPAIGNS_SUBGRAPH_URL)');
      const client = createSubgraphClient({ url, internalSecret: options.internalSecret });
      const data = await client.request<{ homebrewAllowedForViewer: string[] }>(
        HOMEBREW_ALLOWED,
        {},
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return data.homebrewAllowedForViewer;
    },
  };
}
