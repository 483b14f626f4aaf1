import { runService, subgraphOptionsFromEnv } from '@grimoire/platform';

import { startCatalogSubgraph } from './server.js';

await runService('catalog', () => startCatalogSubgraph(subgraphOptionsFromEnv(4004)));
