import { describe, expect, it } from 'vitest';

import { connectionPage, decodeCursor, encodeCursor } from './cursor.js';

describe('cursors', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00Z', 'abc']), 2)).toEqual(['2026-01-01T00:00:00Z', 'abc']);
  });

  it.each(['not base64 at all!', encodeCursor(['only-one']), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects a malformed cursor %s with BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor, 2)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    },
  );

  it('builds a page and signals the next one from the extra row', () => {
    const page = connectionPage([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2, (n) => [n.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(connectionPage([], 2, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
