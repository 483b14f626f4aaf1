import { z } from 'zod';

/** Thrown at start-up when the environment is unusable; the message names every bad variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses `env` with a zod object schema whose keys are variable names.
 * Empty strings count as unset so that `FOO=` in a shell behaves like no FOO at all.
 */
export function parseEnv<TShape extends z.ZodRawShape>(
  shape: TShape,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<TShape>> {
  const cleaned: Record<string, string | undefined> = {};
  for (const key of Object.keys(shape)) {
    const value = env[key];
    cleaned[key] = value === undefined || value.trim() === '' ? undefined : value;
  }
  const result = z.object(shape).safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      const value = cleaned[String(issue.path[0])];
      const shown = value === undefined ? 'unset' : `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
      return `  ${variable} (${shown}): ${issue.message}`;
    });
    throw new ConfigError(`Invalid environment configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

const port = z.coerce.number().int().min(0).max(65_535);

/** Variables every Grimoire process understands. */
export const commonEnvShape = {
  GRIMOIRE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('127.0.0.1'),
  /** Shared by the router and the subgraphs to sign and verify the forwarded identity. */
  GRIMOIRE_INTERNAL_SECRET: z.string().min(32, 'must be at least 32 characters (use `openssl rand -hex 32`)'),
};

export const databaseEnvShape = {
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
};

export const redisEnvShape = {
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }).optional(),
};

export { port as portSchema };
