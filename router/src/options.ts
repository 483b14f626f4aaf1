/** Where the router gets its supergraph from. */
export type SupergraphSource =
  /** A fixed supergraph SDL (tests, benchmarks). */
  | { sdl: string }
  /** A composed file such as `schema/supergraph.graphql`; with `watch`, edits are picked up live (development). */
  | { path: string; watch: boolean }
  /** Managed federation: the supergraph is polled from Apollo Uplink. */
  | { managed: { apolloKey: string; graphRef: string } };

/** Everything `startRouter` needs; `routerOptionsFromEnv` builds it from the environment. */
export interface RouterOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  host: string;
  /** Production hides stack traces, the Sandbox landing page and (by default) introspection. */
  production: boolean;
  /** Whether clients may introspect the API schema. Default: on in development, off in production. */
  introspection?: boolean;
  supergraph: SupergraphSource;
  /** Routing URL overrides by subgraph name (as in the supergraph's `join__Graph`), e.g. `{ characters: 'http://127.0.0.1:5002/graphql' }`. */
  subgraphUrls?: Record<string, string>;
  /** The accounts JWKS that signs access tokens. */
  jwksUrl: string;
  /** Least time between two JWKS refetches triggered by an unknown `kid`. Default 5 000 ms. */
  jwksCooldownMs?: number;
  /** HS256 secret shared with the subgraphs for the forwarded identity (`x-grimoire-identity`). */
  internalSecret: string;
  /** How long one subgraph HTTP call may take before it is aborted. Default 10 000 ms. */
  subgraphTimeoutMs?: number;
  /** Per-subgraph overrides of `subgraphTimeoutMs`, by subgraph name. */
  subgraphTimeoutsMs?: Record<string, number>;
  /** Deepest field nesting an operation may have. Default 15. */
  maxDepth?: number;
  /** Open subscriptions one WebSocket connection may hold. Default 25. */
  maxSubscriptionsPerConnection?: number;
  /** Largest accepted JSON request body, in the `bytes` syntax of express (`'1mb'`, `'200kb'`). Default `'1mb'`. */
  maxBodySize?: string;
  /** pino level; `'silent'` in tests. */
  logLevel?: string;
}

/** A started router. */
export interface RunningRouter {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql` (also the WebSocket path). */
  url: string;
  port: number;
  /** Closes WebSocket clients and upstream subscriptions, stops Apollo Server and the gateway, closes the HTTP agent. */
  stop(): Promise<void>;
}

export const ROUTER_DEFAULTS = {
  subgraphTimeoutMs: 10_000,
  maxDepth: 15,
  maxSubscriptionsPerConnection: 25,
  maxBodySize: '1mb',
} as const;
