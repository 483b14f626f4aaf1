import { randomBytes } from 'node:crypto';

import { inject, vi } from 'vitest';

import { type Identity, IDENTITY_HEADER, signIdentity } from '../auth/identity.js';
import { dropDatabase, ensureDatabase } from '../db/connect-database.js';
import type { SubgraphOptions } from '../subgraph/start-subgraph.js';

/** The internal secret every test stack shares between its router and subgraphs. */
export const TEST_INTERNAL_SECRET = 'test-internal-secret-0123456789abcdef-0123456789';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database on the test server (see tests/harness/global-setup.ts), one per test file. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = inject('adminDatabaseUrl');
  const name = `grimoire_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name);
  return { url, name, drop: () => dropDatabase(adminUrl, name) };
}

/** Subgraph options for an in-process test: a random port on loopback, topics namespaced by database. */
export function testSubgraphOptions(database: TestDatabase): SubgraphOptions {
  return {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: database.url,
    redisUrl: inject('redisUrl'),
    internalSecret: TEST_INTERNAL_SECRET,
    namespace: database.name,
    production: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
  };
}

export interface GraphQLResponse<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** POSTs one operation; with `identity` it adds a router-style signed identity header. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed responses
export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { identity?: Identity; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: GraphQLResponse<TData> }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (options.identity) headers[IDENTITY_HEADER] = await signIdentity(TEST_INTERNAL_SECRET, options.identity);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<TData> };
}

/** Polls `check` (vitest's `vi.waitFor`, every 20 ms) until it holds; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  await vi.waitFor(
    async () => {
      if (!(await check())) throw new Error('condition not met in time');
    },
    { timeout: timeoutMs, interval: 20 },
  );
}
