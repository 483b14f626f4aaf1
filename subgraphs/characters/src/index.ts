import { ConfigError, subgraphOptionsFromEnv } from '@grimoire/platform';

import { startCharactersSubgraph } from './server.js';

const DEFAULT_PORT = '4002';

let options;
try {
  options = subgraphOptionsFromEnv({ ...process.env, PORT: process.env.PORT || DEFAULT_PORT });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const subgraph = await startCharactersSubgraph(options);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await subgraph.stop();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
