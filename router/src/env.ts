import { commonEnvShape, parseEnv, portSchema } from '@grimoire/platform';
import { z } from 'zod';

import type { RouterOptions, SupergraphSource } from './options.js';

const booleanFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const positiveInt = z.coerce.number().int().positive();

/** Variables the router reads (`SUBGRAPH_URL_<NAME>` are collected separately, see `subgraphUrlsFromEnv`). */
export const routerEnvShape = {
  ...commonEnvShape,
  ROUTER_PORT: portSchema.default(4000),
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  ACCOUNTS_JWKS_URL: z.url().default('http://127.0.0.1:4001/.well-known/jwks.json'),
  APOLLO_KEY: z.string().optional(),
  APOLLO_GRAPH_REF: z.string().optional(),
  ROUTER_INTROSPECTION: booleanFlag.optional(),
  ROUTER_MAX_DEPTH: positiveInt.optional(),
  ROUTER_MAX_SUBSCRIPTIONS_PER_CONNECTION: positiveInt.optional(),
  ROUTER_SUBGRAPH_TIMEOUT_MS: positiveInt.optional(),
};

export type RouterEnv = z.infer<z.ZodObject<typeof routerEnvShape>>;

const SUBGRAPH_URL_PREFIX = 'SUBGRAPH_URL_';

/**
 * `SUBGRAPH_URL_CHARACTERS=http://…` → `{ characters: 'http://…' }`. Subgraph names are matched
 * case-insensitively against the supergraph, so the lower-cased suffix is the name.
 */
export function subgraphUrlsFromEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith(SUBGRAPH_URL_PREFIX) || !value?.trim()) continue;
    const parsed = z.url({ protocol: /^https?$/ }).safeParse(value.trim());
    if (!parsed.success) throw new Error(`${key} ("${value}") must be an http(s) URL`);
    urls[key.slice(SUBGRAPH_URL_PREFIX.length).toLowerCase()] = parsed.data;
  }
  return urls;
}

/** Router options from the environment; throws a `ConfigError` naming every bad variable. */
export function routerOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): RouterOptions {
  const parsed = parseEnv(routerEnvShape, env);
  const production = parsed.GRIMOIRE_ENV === 'production';
  const supergraph: SupergraphSource =
    parsed.APOLLO_KEY && parsed.APOLLO_GRAPH_REF
      ? { managed: { apolloKey: parsed.APOLLO_KEY, graphRef: parsed.APOLLO_GRAPH_REF } }
      : { path: parsed.SUPERGRAPH_PATH, watch: parsed.GRIMOIRE_ENV === 'development' };
  return {
    port: parsed.ROUTER_PORT,
    host: parsed.HOST,
    production,
    introspection: parsed.ROUTER_INTROSPECTION ?? !production,
    supergraph,
    subgraphUrls: subgraphUrlsFromEnv(env),
    jwksUrl: parsed.ACCOUNTS_JWKS_URL,
    internalSecret: parsed.GRIMOIRE_INTERNAL_SECRET,
    logLevel: parsed.LOG_LEVEL,
    ...(parsed.ROUTER_MAX_DEPTH ? { maxDepth: parsed.ROUTER_MAX_DEPTH } : {}),
    ...(parsed.ROUTER_MAX_SUBSCRIPTIONS_PER_CONNECTION
      ? { maxSubscriptionsPerConnection: parsed.ROUTER_MAX_SUBSCRIPTIONS_PER_CONNECTION }
      : {}),
    ...(parsed.ROUTER_SUBGRAPH_TIMEOUT_MS ? { subgraphTimeoutMs: parsed.ROUTER_SUBGRAPH_TIMEOUT_MS } : {}),
  };
}
