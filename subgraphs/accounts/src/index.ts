import { parseEnv, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startAccountsSubgraph } from './server.js';

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

const env = { ...process.env, PORT: process.env.PORT?.trim() ? process.env.PORT : DEFAULT_PORT };
const { GRIMOIRE_ADMIN_EMAILS } = parseEnv(accountsEnvShape, env);
const subgraph = await startAccountsSubgraph({ ...subgraphOptionsFromEnv(env), adminEmails: GRIMOIRE_ADMIN_EMAILS });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void subgraph.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
