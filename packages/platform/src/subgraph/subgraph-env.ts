import { z } from 'zod';

import { commonEnvShape, databaseEnvShape, parseEnv, portSchema, redisEnvShape } from '../config/parse-env.js';
import type { SubgraphOptions } from './start-subgraph.js';

export const subgraphEnvShape = {
  ...commonEnvShape,
  ...databaseEnvShape,
  ...redisEnvShape,
  PORT: portSchema,
  PUBSUB_NAMESPACE: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('grimoire'),
  /** Milliseconds before a dead process's unacknowledged events are taken over (durable bus). */
  EVENT_CLAIM_IDLE_MS: z.coerce.number().int().positive().optional(),
};

/**
 * Options for a subgraph started as its own process (container, `npm start -w`), from the
 * environment; `defaultPort` applies when PORT is unset.
 */
export function subgraphOptionsFromEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphOptions {
  const parsed = parseEnv({ ...subgraphEnvShape, PORT: portSchema.default(defaultPort) }, env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    redisUrl: parsed.REDIS_URL,
    internalSecret: parsed.GRIMOIRE_INTERNAL_SECRET,
    namespace: parsed.PUBSUB_NAMESPACE,
    production: parsed.GRIMOIRE_ENV === 'production',
    logLevel: parsed.LOG_LEVEL,
    eventClaimIdleMs: parsed.EVENT_CLAIM_IDLE_MS,
  };
}
