import type { z } from 'zod';

import { badUserInput } from './errors.js';

/**
 * Parses `input` with a zod schema and turns the first failure into a BAD_USER_INPUT
 * that names the field, so resolvers and domain functions never see unchecked input.
 */
export function validateInput<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  fieldPrefix = 'input',
): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = [fieldPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
  throw badUserInput(`${field}: ${issue.message}`, { field });
}
