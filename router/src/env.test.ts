import { ConfigError } from '@grimoire/platform';
import { describe, expect, it } from 'vitest';

import { routerOptionsFromEnv } from './env.js';

const secret = 'x'.repeat(32);

describe('routerOptionsFromEnv', () => {
  it('defaults to a watched supergraph file with introspection in development', () => {
    expect(routerOptionsFromEnv({ GRIMOIRE_INTERNAL_SECRET: secret })).toEqual({
      port: 4000,
      host: '127.0.0.1',
      production: false,
      introspection: true,
      supergraph: { path: 'schema/supergraph.graphql', watch: true },
      subgraphUrls: {},
      jwksUrl: 'http://127.0.0.1:4001/.well-known/jwks.json',
      internalSecret: secret,
      logLevel: 'info',
    });
  });

  it('reads limits, overrides and managed federation', () => {
    const options = routerOptionsFromEnv({
      GRIMOIRE_INTERNAL_SECRET: secret,
      GRIMOIRE_ENV: 'production',
      ROUTER_PORT: '8080',
      APOLLO_KEY: 'service:grimoire:abc',
      APOLLO_GRAPH_REF: 'grimoire@prod',
      SUBGRAPH_URL_CHARACTERS: 'http://characters:4002/graphql',
      ROUTER_MAX_DEPTH: '10',
      ROUTER_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      ROUTER_SUBGRAPH_TIMEOUT_MS: '2500',
    });
    expect(options).toMatchObject({
      port: 8080,
      production: true,
      introspection: false,
      supergraph: { managed: { apolloKey: 'service:grimoire:abc', graphRef: 'grimoire@prod' } },
      subgraphUrls: { characters: 'http://characters:4002/graphql' },
      maxDepth: 10,
      maxSubscriptionsPerConnection: 5,
      subgraphTimeoutMs: 2500,
    });
    expect(
      routerOptionsFromEnv({
        GRIMOIRE_INTERNAL_SECRET: secret,
        GRIMOIRE_ENV: 'production',
        ROUTER_INTROSPECTION: 'true',
      }).introspection,
    ).toBe(true);
  });

  it('names every bad variable', () => {
    expect(() => routerOptionsFromEnv({ GRIMOIRE_INTERNAL_SECRET: 'short', ROUTER_MAX_DEPTH: '0' })).toThrow(
      ConfigError,
    );
    expect(() => routerOptionsFromEnv({ GRIMOIRE_INTERNAL_SECRET: 'short', ROUTER_MAX_DEPTH: '0' })).toThrow(
      /GRIMOIRE_INTERNAL_SECRET[\s\S]*ROUTER_MAX_DEPTH/,
    );
    expect(() => routerOptionsFromEnv({ GRIMOIRE_INTERNAL_SECRET: secret, SUBGRAPH_URL_USERS: 'nope' })).toThrow(
      /SUBGRAPH_URL_USERS/,
    );
  });
});
