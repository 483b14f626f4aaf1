import { parseEnv, runService, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startCampaignsSubgraph } from './server.js';

await runService('campaigns', () => {
  const { CHARACTERS_SUBGRAPH_URL, CATALOG_SUBGRAPH_URL } = parseEnv({
    CHARACTERS_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:4002/graphql'),
    CATALOG_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:4004/graphql'),
  });
  return startCampaignsSubgraph({
    ...subgraphOptionsFromEnv(4003),
    charactersUrl: CHARACTERS_SUBGRAPH_URL,
    catalogUrl: CATALOG_SUBGRAPH_URL,
  });
});
