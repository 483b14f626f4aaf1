import { describe, expect, it } from 'vitest';

import { ancestorsOf, isAncestor, mergeBase } from './commit-graph.js';

//   a ─ b ─ c ─ m      (main; m merges c and e)
//        \     /
//         d ─ e        (feature)
//                 x    (an unrelated root)
const parents = new Map<string, string[]>([
  ['a', []],
  ['b', ['a']],
  ['c', ['b']],
  ['d', ['b']],
  ['e', ['d']],
  ['m', ['c', 'e']],
  ['f', ['e']],
  ['x', []],
]);
const order = ['a', 'b', 'c', 'd', 'e', 'm', 'f', 'x'];
const timeOf = (hash: string) => order.indexOf(hash);

describe('commit graph', () => {
  it('lists ancestors through every parent', () => {
    expect([...ancestorsOf('m', parents)].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'm']);
  });

  it('knows when one commit descends from another', () => {
    expect(isAncestor('b', 'e', parents)).toBe(true);
    expect(isAncestor('c', 'e', parents)).toBe(false);
    expect(isAncestor('e', 'e', parents)).toBe(true);
  });

  it('finds the nearest common ancestor', () => {
    expect(mergeBase('c', 'e', parents, timeOf)).toBe('b');
    // After the merge, main and a further feature commit meet at e.
    expect(mergeBase('m', 'f', parents, timeOf)).toBe('e');
    expect(mergeBase('c', 'b', parents, timeOf)).toBe('b');
  });

  it('returns null for histories that never meet', () => {
    expect(mergeBase('c', 'x', parents, timeOf)).toBeNull();
  });
});
