import { parseEnv, runService, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startCatalogSubgraph } from './server.js';

await runService('catalog', () => {
  const { CAMPAIGNS_SUBGRAPH_URL } = parseEnv({
    CAMPAIGNS_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default('http://127.0.0.1:4003/graphql'),
  });
  return startCatalogSubgraph({ ...subgraphOptionsFromEnv(4004), campaignsUrl: CAMPAIGNS_SUBGRAPH_URL });
});
