import type { Identity, RunningSubgraph } from '@grimoire/platform';
import {
  createTestDatabase,
  postGraphQL,
  type GraphQLResponse,
  type TestDatabase,
  testSubgraphOptions,
} from '@grimoire/platform/testing';
import { sql } from 'drizzle-orm';

import type { AccountsTables } from '../db/accounts-db.js';
import { type AccountsSubgraphOptions, startAccountsSubgraph } from '../server.js';

export const ADMIN_EMAIL = 'admin@grimoire.test';
export const GOOD_PASSWORD = 'correct horse battery staple';

/** A clock the test moves by hand (starts at the real time, so tokens also verify with real clocks). */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start: Date = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface AuthPayloadResult {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string | null; displayName: string; roles: string[] };
}

export const AUTH_PAYLOAD_FIELDS =
  'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email displayName roles }';

export interface AccountsTestKit {
  subgraph: RunningSubgraph<AccountsTables>;
  database: TestDatabase;
  clock: TestClock;
  /** Base URL without `/graphql`, for the JWKS route. */
  baseUrl: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read ad-hoc response shapes
  gql<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { identity?: Identity; headers?: Record<string, string> },
  ): Promise<{ status: number; body: GraphQLResponse<TData> }>;
  /** Signs up through the API; throws when it fails. */
  signUp(email: string, password?: string, displayName?: string): Promise<AuthPayloadResult>;
  /** The identity the router would forward for this user. */
  identityOf(user: { id: string; roles: string[] }): Identity;
  /** Row counts of every accounts table, to prove a failed operation wrote nothing. */
  rowCounts(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/** A fresh database and an accounts subgraph on it, with a hand-moved clock. */
export async function startAccountsTestKit(
  label: string,
  overrides: Partial<AccountsSubgraphOptions> = {},
): Promise<AccountsTestKit> {
  const database = await createTestDatabase(label);
  const clock = createTestClock();
  let subgraph: RunningSubgraph<AccountsTables>;
  try {
    subgraph = await startAccountsSubgraph({
      ...testSubgraphOptions(database),
      adminEmails: [ADMIN_EMAIL],
      now: () => clock.now(),
      ...overrides,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const gql: AccountsTestKit['gql'] = (query, variables = {}, options = {}) =>
    postGraphQL(subgraph.url, query, variables, options);

  return {
    subgraph,
    database,
    clock,
    baseUrl: subgraph.url.replace(/\/graphql$/, ''),
    gql,
    signUp: async (email, password = GOOD_PASSWORD, displayName = email.split('@')[0] ?? 'someone') => {
      const { body } = await gql<{ signUp: AuthPayloadResult }>(
        `mutation($input: SignUpInput!) { signUp(input: $input) { ${AUTH_PAYLOAD_FIELDS} } }`,
        { input: { email, password, displayName } },
      );
      if (!body.data?.signUp) throw new Error(`signUp failed: ${JSON.stringify(body.errors)}`);
      return body.data.signUp;
    },
    identityOf: (user) => ({ userId: user.id, roles: user.roles }),
    rowCounts: async () => {
      const counts: Record<string, number> = {};
      for (const table of ['users', 'sessions', 'refresh_tokens', 'signing_keys', 'audit_events']) {
        const rows = await subgraph.database.db.execute<{ count: number }>(
          sql.raw(`select count(*)::int as count from accounts.${table}`),
        );
        counts[table] = Number(rows[0]?.count);
      }
      return counts;
    },
    stop: async () => {
      await subgraph.stop();
      await database.drop();
    },
  };
}
