import { createEntityClient, type EntityClient, type Identity } from '@grimoire/platform';

import type { GameMasterDirectory } from '../domain/authorize-play-state-change.js';
import type { CampaignRules, CampaignRulesDirectory, StoredRuleProfile } from '../domain/campaign-rules.js';

interface CharacterCampaignsEntity {
  campaigns: { gameMaster: { id: string } }[];
}

interface CharacterCampaignRulesEntity {
  id: string;
  campaigns: { id: string; name: string; allowedHomebrew: string[]; ruleProfile: StoredRuleProfile | null }[];
}

const CAMPAIGN_RULES_SELECTION = `... on Character { id campaigns { id name allowedHomebrew ruleProfile {
  allowSrd allowedHomebrew allowedClasses allowedSpecies startingLevel levelRange { min max } bannedItems
} } }`;

/**
 * Asks the campaigns subgraph directly (`_entities` on `Character.campaigns`), signed with the
 * viewer's identity: campaigns lists only the campaigns the viewer is a member of, which is
 * exactly the set whose game master could be the viewer, and every campaign of the viewer's own
 * characters. `url` may be a function: the launcher starts campaigns after characters, so the
 * URL is read when a request first needs it.
 */
export function createCampaignsClient(options: {
  url: string | (() => string | undefined);
  internalSecret: string;
}): GameMasterDirectory & CampaignRulesDirectory {
  const urlNow = () => (typeof options.url === 'function' ? options.url() : options.url);
  const client = (): EntityClient => {
    const url = urlNow();
    if (!url) throw new Error('characters: the campaigns subgraph URL is not known (CAMPAIGNS_SUBGRAPH_URL)');
    return createEntityClient({ url, internalSecret: options.internalSecret });
  };
  return {
    async gameMastersOf(characterId: string, viewer: Identity, requestId?: string): Promise<string[]> {
      const [entity] = await client().fetchEntities<CharacterCampaignsEntity>(
        [{ __typename: 'Character', id: characterId }],
        '... on Character { campaigns { gameMaster { id } } }',
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return [...new Set((entity?.campaigns ?? []).map((campaign) => campaign.gameMaster.id))];
    },

    async campaignRulesOf(
      characterIds: readonly string[],
      viewer: Identity,
      requestId?: string,
    ): Promise<Map<string, CampaignRules[]>> {
      // Characters run without a campaigns subgraph (no URL at all) play in no campaign. A known
      // URL that does not answer is an error: the caller reports the rules as unchecked.
      if (!urlNow()) return new Map();
      const entities = await client().fetchEntities<CharacterCampaignRulesEntity>(
        characterIds.map((id) => ({ __typename: 'Character', id })),
        CAMPAIGN_RULES_SELECTION,
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return new Map(
        characterIds.map((id, index) => [
          id,
          (entities[index]?.campaigns ?? []).map((campaign) => ({
            campaignId: campaign.id,
            campaignName: campaign.name,
            campaignHomebrew: campaign.allowedHomebrew,
            profile: campaign.ruleProfile,
          })),
        ]),
      );
    },
  };
}
