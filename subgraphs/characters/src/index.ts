import { parseEnv, runService, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startCharactersSubgraph } from './server.js';

await runService('characters', () => {
  const { CATALOG_SUBGRAPH_URL, CAMPAIGNS_SUBGRAPH_URL } = parseEnv({
    CATALOG_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:4004/graphql'),
    CAMPAIGNS_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:4003/graphql'),
  });
  return startCharactersSubgraph({
    ...subgraphOptionsFromEnv(4002),
    catalogUrl: CATALOG_SUBGRAPH_URL,
    campaignsUrl: CAMPAIGNS_SUBGRAPH_URL,
  });
});
