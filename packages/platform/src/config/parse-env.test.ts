import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ConfigError, parseEnv, portSchema } from './parse-env.js';

describe('parseEnv', () => {
  const shape = { PORT: portSchema, NAME: z.string().default('grimoire') };

  it('coerces values and applies defaults', () => {
    expect(parseEnv(shape, { PORT: '4001' })).toEqual({ PORT: 4001, NAME: 'grimoire' });
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv(shape, { PORT: '1', NAME: '  ' })).toEqual({ PORT: 1, NAME: 'grimoire' });
  });

  it('fails naming every bad variable and its value', () => {
    const attempt = () => parseEnv(shape, { PORT: 'eighty' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT \("eighty"\)/);
  });

  it('says when a required variable is missing', () => {
    expect(() => parseEnv({ DATABASE_URL: z.string() }, {})).toThrow(/DATABASE_URL \(unset\)/);
  });
});
