/**
 * `npm start`: the whole supergraph in one command. Starts a real PostgreSQL from npm when
 * DATABASE_URL is unset (data kept in .data/postgres), every subgraph and the router, prints
 * the URLs, and stops everything on Ctrl-C. See README "Configuration" for every variable.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  commonEnvShape,
  createLogger,
  type EmbeddedPostgresHandle,
  parseEnv,
  portSchema,
  runService,
  startEmbeddedPostgres,
} from '@grimoire/platform';
import { buildSchemaFiles, REPO_ROOT, startStack, SUPERGRAPH_FILE } from '@grimoire/supergraph';
import { z } from 'zod';

const DATA_DIR = join(REPO_ROOT, '.data');

const launcherEnvShape = {
  ...commonEnvShape,
  // Generated once and kept in .data/ when unset, so a newcomer needs no set-up.
  GRIMOIRE_INTERNAL_SECRET: commonEnvShape.GRIMOIRE_INTERNAL_SECRET.optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  EMBEDDED_POSTGRES_PORT: portSchema.default(54_329),
  ROUTER_PORT: portSchema.default(4000),
  ACCOUNTS_PORT: portSchema.default(4001),
  CHARACTERS_PORT: portSchema.default(4002),
  CAMPAIGNS_PORT: portSchema.default(4003),
  CATALOG_PORT: portSchema.default(4004),
  GRIMOIRE_ADMIN_EMAILS: z.string().default(''),
  PUBSUB_NAMESPACE: z
    .string()
    .regex(/^[\w.-]+$/)
    .default('grimoire'),
};

const logger = createLogger('launcher');

function internalSecret(env: ReturnType<typeof parseEnv<typeof launcherEnvShape>>): string {
  if (env.GRIMOIRE_INTERNAL_SECRET) return env.GRIMOIRE_INTERNAL_SECRET;
  const file = join(DATA_DIR, 'internal-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** The router loads the committed supergraph; warn when the code has moved on without `npm run compose`. */
function warnIfSchemaStale() {
  try {
    const fresh = buildSchemaFiles()[SUPERGRAPH_FILE];
    const committed = readFileSync(join(REPO_ROOT, 'schema', SUPERGRAPH_FILE), 'utf8');
    if (fresh !== committed)
      logger.warn('schema/supergraph.graphql is stale: run `npm run compose` (the router reloads it)');
  } catch (error) {
    logger.warn({ err: error }, 'could not compare schema/supergraph.graphql with the code');
  }
}

async function startGrimoire() {
  const env = parseEnv(launcherEnvShape);
  logger.level = env.LOG_LEVEL;
  let postgres: EmbeddedPostgresHandle | undefined;
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      postgres = await startEmbeddedPostgres({
        dataDir: join(DATA_DIR, 'postgres'),
        port: env.EMBEDDED_POSTGRES_PORT,
        database: 'grimoire',
        logger,
      });
      databaseUrl = postgres.url;
    }
    warnIfSchemaStale();
    const stack = await startStack({
      databaseUrl,
      redisUrl: env.REDIS_URL,
      internalSecret: internalSecret(env),
      namespace: env.PUBSUB_NAMESPACE,
      host: env.HOST,
      ports: {
        router: env.ROUTER_PORT,
        accounts: env.ACCOUNTS_PORT,
        characters: env.CHARACTERS_PORT,
        campaigns: env.CAMPAIGNS_PORT,
        catalog: env.CATALOG_PORT,
      },
      production: env.GRIMOIRE_ENV === 'production',
      logLevel: env.LOG_LEVEL,
      adminEmails: env.GRIMOIRE_ADMIN_EMAILS.split(',')
        .map((email) => email.trim())
        .filter(Boolean),
      supergraph: { path: join(REPO_ROOT, 'schema', SUPERGRAPH_FILE), watch: env.GRIMOIRE_ENV === 'development' },
    });
    console.log(
      [
        '',
        '  Grimoire is running.',
        `  Router (GraphQL + subscriptions, Apollo Sandbox): ${stack.routerUrl}`,
        ...Object.values(stack.subgraphs).map((subgraph) => `  subgraph ${subgraph.name.padEnd(10)} ${subgraph.url}`),
        `  PostgreSQL: ${postgres ? `embedded, data in .data/postgres (port ${env.EMBEDDED_POSTGRES_PORT})` : 'DATABASE_URL'}`,
        `  Pub/sub: ${env.REDIS_URL ? 'Redis (REDIS_URL)' : 'in-process'}`,
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    return {
      stop: async () => {
        await stack.stop();
        await postgres?.stop();
      },
    };
  } catch (error) {
    await postgres?.stop().catch(() => {});
    throw error;
  }
}

await runService('grimoire', startGrimoire);
