import { ConfigError, parseEnv, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { type AccountsSubgraphOptions, startAccountsSubgraph } from './server.js';

const DEFAULT_PORT = '4001';

const accountsEnvShape = {
  /** Comma-separated emails that become ADMIN when they sign up. */
  GRIMOIRE_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email('every entry must be an email address'))),
};

let options: AccountsSubgraphOptions;
try {
  const env = { ...process.env, PORT: process.env.PORT?.trim() || DEFAULT_PORT };
  options = { ...subgraphOptionsFromEnv(env), adminEmails: parseEnv(accountsEnvShape, env).GRIMOIRE_ADMIN_EMAILS };
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const subgraph = await startAccountsSubgraph(options);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await subgraph.stop();
  process.exit(0);
}
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
