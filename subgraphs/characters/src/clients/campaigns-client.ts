import { createEntityClient, type Identity } from '@grimoire/platform';

import type { GameMasterDirectory } from '../domain/authorize-play-state-change.js';

interface CharacterCampaignsEntity {
  campaigns: { gameMaster: { id: string } }[];
}

/**
 * Asks the campaigns subgraph directly (`_entities` on `Character.campaigns`), signed with the
 * viewer's identity: campaigns lists only the campaigns the viewer is a member of, which is
 * exactly the set whose game master could be the viewer. `url` may be a function: the launcher
 * starts campaigns after characters, so the URL is read when a request first needs it.
 */
export function createCampaignsClient(options: {
  url: string | (() => string | undefined);
  internalSecret: string;
}): GameMasterDirectory {
  return {
    async gameMastersOf(characterId: string, viewer: Identity, requestId?: string): Promise<string[]> {
      const url = typeof options.url === 'function' ? options.url() : options.url;
      if (!url) throw new Error('characters: the campaigns subgraph URL is not known (CAMPAIGNS_SUBGRAPH_URL)');
      const client = createEntityClient({ url, internalSecret: options.internalSecret });
      const [entity] = await client.fetchEntities<CharacterCampaignsEntity>(
        [{ __typename: 'Character', id: characterId }],
        '... on Character { campaigns { gameMaster { id } } }',
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return [...new Set((entity?.campaigns ?? []).map((campaign) => campaign.gameMaster.id))];
    },
  };
}
