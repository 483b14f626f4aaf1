import { z } from 'zod';

export const NAME_MAX_LENGTH = 100;

export const characterNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(NAME_MAX_LENGTH, `must be at most ${NAME_MAX_LENGTH} characters`);

export const expectedVersionSchema = z.number().int('must be a whole number').min(1, 'must be at least 1');
