import { z } from 'zod';

export const NAME_MAX_LENGTH = 100;
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 20;

export const characterNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`);

/**
 * Species and class are ids into the rules catalog. Until the catalog exists we only accept
 * the id shape, so stored values stay valid keys once it arrives.
 */
export const catalogIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,64}$/, 'must be a catalog id: 1-64 lowercase letters, digits or dashes');

export const levelSchema = z
  .number()
  .int('must be a whole number')
  .min(LEVEL_MIN, `must be between ${LEVEL_MIN} and ${LEVEL_MAX}`)
  .max(LEVEL_MAX, `must be between ${LEVEL_MIN} and ${LEVEL_MAX}`);

/** Keys are the API field names, so an error names the field the client sent (`input.class`). */
export const createCharacterInputSchema = z.object({
  name: characterNameSchema,
  species: catalogIdSchema.nullish().transform((value) => value ?? null),
  class: catalogIdSchema.nullish().transform((value) => value ?? null),
  level: levelSchema.nullish().transform((value) => value ?? LEVEL_MIN),
});
