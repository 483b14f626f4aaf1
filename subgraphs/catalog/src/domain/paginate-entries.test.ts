import { encodeCursor } from '@grimoire/platform';
import { describe, expect, it } from 'vitest';

import { matchesSearch, paginateEntries, type SortKey } from './paginate-entries.js';

interface Row {
  id: string;
  level: number;
  name: string;
}

const rows: Row[] = [
  { id: 'c', level: 1, name: 'Bless' },
  { id: 'a', level: 0, name: 'Light' },
  { id: 'd', level: 1, name: 'Alarm' },
  { id: 'b', level: 0, name: 'Guidance' },
  { id: 'e', level: 1, name: 'Alarm' },
];
const byLevelThenName: SortKey<Row>[] = [
  { value: (row) => row.level, direction: 'desc' },
  { value: (row) => row.name.toLowerCase(), direction: 'asc' },
];

describe('paginateEntries', () => {
  it('orders by several keys, then id, and pages with opaque cursors', () => {
    const first = paginateEntries(rows, byLevelThenName, (row) => row.id, { first: 2 });
    expect(first.edges.map((edge) => edge.node.id)).toEqual(['d', 'e']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = paginateEntries(rows, byLevelThenName, (row) => row.id, {
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.node.id)).toEqual(['c', 'b']);
    const third = paginateEntries(rows, byLevelThenName, (row) => row.id, {
      first: 2,
      after: second.pageInfo.endCursor,
    });
    expect(third.edges.map((edge) => edge.node.id)).toEqual(['a']);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges[0].cursor });
  });

  it('continues after a cursor whose entry has since disappeared', () => {
    const cursor = encodeCursor([1, 'alarm', 'd']);
    const page = paginateEntries(
      rows.filter((row) => row.id !== 'd'),
      byLevelThenName,
      (row) => row.id,
      { after: cursor },
    );
    expect(page.edges.map((edge) => edge.node.id)).toEqual(['e', 'c', 'b', 'a']);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['another arity', encodeCursor(['x', 'y'])],
    ['another ordering', encodeCursor(['one', 2, 'z'])],
  ])('rejects %s with BAD_USER_INPUT on `after`', (_label, after) => {
    expect(() => paginateEntries(rows, byLevelThenName, (row) => row.id, { after })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    );
  });

  it.each([0, 101, 2.5])('rejects first = %s', (first) => {
    expect(() => paginateEntries(rows, byLevelThenName, (row) => row.id, { first })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'first' }) }),
    );
  });

  it('searches names case-insensitively by substring', () => {
    expect(matchesSearch('Magic Missile', 'MISS')).toBe(true);
    expect(matchesSearch('Magic Missile', 'fire')).toBe(false);
    expect(matchesSearch('Magic Missile', '  ')).toBe(true);
  });
});
