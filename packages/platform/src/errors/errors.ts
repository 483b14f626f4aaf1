import { GraphQLError } from 'graphql';

import { ErrorCode } from './codes.js';

export interface ErrorDetails {
  /** The input field the problem is about, e.g. `input.name`. */
  field?: string;
  [key: string]: unknown;
}

function error(code: ErrorCode, message: string, details: ErrorDetails = {}, status?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
  });
}

export const badUserInput = (message: string, details?: ErrorDetails) =>
  error(ErrorCode.BAD_USER_INPUT, message, details);
export const unauthenticated = (message = 'You must be signed in to do this.', status?: number) =>
  error(ErrorCode.UNAUTHENTICATED, message, {}, status);
export const forbidden = (message = 'You are not allowed to do this.') => error(ErrorCode.FORBIDDEN, message);
export const notFound = (message: string, details?: ErrorDetails) => error(ErrorCode.NOT_FOUND, message, details);
export const conflict = (message: string, details?: ErrorDetails) => error(ErrorCode.CONFLICT, message, details);

/** The `extensions.code` of an error made by the helpers above; undefined for anything else (a bug, the database). */
export function errorCodeOf(caught: unknown): ErrorCode | undefined {
  if (!(caught instanceof GraphQLError)) return undefined;
  const code = caught.extensions.code;
  return Object.values(ErrorCode).includes(code as ErrorCode) ? (code as ErrorCode) : undefined;
}
