/** Why one item of a bulk operation failed, taken from the platform error it raised. */
export interface ItemFailure {
  message: string;
  code: string;
  field: string | null;
}

/**
 * An expected failure (a platform error with `extensions.code`) as an item result; anything else
 * is a bug and is rethrown, so it fails the request instead of hiding in one item.
 */
export function itemFailureOf(error: unknown): ItemFailure {
  const extensions = (error as { extensions?: Record<string, unknown> } | null)?.extensions;
  if (!(error instanceof Error) || typeof extensions?.code !== 'string') throw error;
  return {
    message: error.message,
    code: extensions.code,
    field: typeof extensions.field === 'string' ? extensions.field : null,
  };
}
