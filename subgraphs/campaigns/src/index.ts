import { ConfigError, parseEnv, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startCampaignsSubgraph } from './server.js';

const DEFAULT_PORT = '4003';
const DEFAULT_CHARACTERS_URL = 'http://127.0.0.1:4002/graphql';

let options;
let charactersUrl: string;
try {
  options = subgraphOptionsFromEnv({ ...process.env, PORT: process.env.PORT || DEFAULT_PORT });
  charactersUrl = parseEnv({
    CHARACTERS_SUBGRAPH_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
      .default(DEFAULT_CHARACTERS_URL),
  }).CHARACTERS_SUBGRAPH_URL;
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const subgraph = await startCampaignsSubgraph({ ...options, charactersUrl });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await subgraph.stop();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
