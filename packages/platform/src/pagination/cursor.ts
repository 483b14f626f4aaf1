import { badUserInput } from '../errors/errors.js';

/**
 * Opaque keyset cursors: base64url of a JSON tuple of the sort key values.
 * Clients treat them as strings; the server decodes and validates them.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === arity && key.every((part) => ['string', 'number'].includes(typeof part))) {
      return key as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput('The cursor is not valid. Pass an endCursor from a previous page.', { field: 'after' });
}

export interface Page<TNode> {
  edges: { cursor: string; node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection page from `first + 1` fetched rows (the extra row only signals a next page). */
export function connectionPage<TNode>(
  rows: TNode[],
  first: number,
  keyOf: (node: TNode) => (string | number)[],
): Page<TNode> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
