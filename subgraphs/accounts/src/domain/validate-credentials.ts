import { z } from 'zod';

import { isCommonPassword } from './check-common-password.js';

export const PASSWORD_MIN_LENGTH = 12;
/** Argon2 accepts any length; a cap keeps one request from costing seconds of CPU. */
export const PASSWORD_MAX_LENGTH = 256;
export const DISPLAY_NAME_MAX_LENGTH = 64;

/** Emails are compared and stored trimmed and lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const codePoints = (value: string) => [...value].length;

export const emailSchema = z
  .string()
  .transform(normaliseEmail)
  .pipe(z.string().max(254, 'must be at most 254 characters').pipe(z.email('must be a valid email address')));

export const signUpInputSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
    .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
    .refine((password) => !isCommonPassword(password), 'is one of the most common passwords; choose another'),
  displayName: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .refine(
      (name) => codePoints(name) <= DISPLAY_NAME_MAX_LENGTH,
      `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters`,
    )
    .refine((name) => !/\p{Cc}/u.test(name), 'must not contain control characters'),
});

export type SignUpInput = z.infer<typeof signUpInputSchema>;

/** Login input is only normalised: a malformed email simply matches no account. */
export const logInInputSchema = z.object({
  email: z.string().max(1_000, 'must be at most 1000 characters').transform(normaliseEmail),
  password: z.string().max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`),
});

export type LogInInput = z.infer<typeof logInInputSchema>;
