import type { Identity } from '@grimoire/platform';

import { parseHomebrewId } from './homebrew-id.js';

/**
 * What the catalog needs to know about campaigns, which the campaigns subgraph owns: the
 * homebrew the viewer's campaigns allow. The real implementation (clients/campaigns-client.ts)
 * asks that subgraph; domain code sees only this.
 */
export interface CampaignHomebrewDirectory {
  /** Public homebrew ids (`hb-<uuid>`) allowed in any campaign `viewer` is a member of. */
  homebrewAllowedFor(viewer: Identity, requestId?: string): Promise<string[]>;
}

/**
 * The request's view of campaign sharing: row ids (the uuid of `hb-<uuid>`) of the homebrew the
 * viewer's campaigns allow. Campaigns is asked at most once per request, and only when a read
 * first needs it; anonymous viewers and a catalog running without campaigns share nothing.
 */
export function campaignAllowedHomebrewLoader(
  directory: CampaignHomebrewDirectory | null,
  viewer: Identity | null,
  requestId?: string,
): () => Promise<ReadonlySet<string>> {
  let allowed: Promise<ReadonlySet<string>> | undefined;
  return () => {
    allowed ??=
      directory && viewer
        ? directory
            .homebrewAllowedFor(viewer, requestId)
            .then((ids) => new Set(ids.flatMap((id) => parseHomebrewId(id)?.rowId ?? [])))
        : Promise.resolve(new Set<string>());
    return allowed;
  };
}
