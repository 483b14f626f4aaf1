import { z } from 'zod';

import { validateInput } from '../errors/validate-input.js';

/** Every connection's page size: `first` defaults to 20 and may be 1–100. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

const pageSizeSchema = z
  .number()
  .int('must be a whole number')
  .min(1, `must be between 1 and ${PAGE_SIZE_MAX}`)
  .max(PAGE_SIZE_MAX, `must be between 1 and ${PAGE_SIZE_MAX}`);

/** The page size a client asked for, or BAD_USER_INPUT naming `first`. */
export function parsePageSize(first: number | null | undefined): number {
  return validateInput(pageSizeSchema, first ?? PAGE_SIZE_DEFAULT, 'first');
}
