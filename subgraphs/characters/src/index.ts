import { runService, subgraphOptionsFromEnv } from '@grimoire/platform';

import { startCharactersSubgraph } from './server.js';

await runService('characters', () => startCharactersSubgraph(subgraphOptionsFromEnv(4002)));
