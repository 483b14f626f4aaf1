import { parseEnv, runService, subgraphOptionsFromEnv } from '@grimoire/platform';
import { z } from 'zod';

import { startAccountsSubgraph } from './server.js';

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

await runService('accounts', () =>
  startAccountsSubgraph({
    ...subgraphOptionsFromEnv(4001),
    adminEmails: parseEnv(accountsEnvShape).GRIMOIRE_ADMIN_EMAILS,
  }),
);
