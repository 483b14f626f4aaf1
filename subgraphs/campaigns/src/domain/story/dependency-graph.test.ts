import { describe, expect, it } from 'vitest';

import { findCycle, parentCycle, topologicalOrder } from './dependency-graph.js';

const node = (id: string, ...dependsOn: string[]) => ({ id, dependsOn });
const ids = (nodes: { id: string }[]) => nodes.map((each) => each.id);

describe('topologicalOrder', () => {
  it('puts every node after its dependencies', () => {
    const order = ids(
      topologicalOrder([node('finale', 'b', 'a'), node('b', 'intro'), node('a', 'intro'), node('intro')]),
    );
    // b and a both wait for intro only; b was given first, so it goes first.
    expect(order).toEqual(['intro', 'b', 'a', 'finale']);
  });

  it('breaks ties by input order, so the result is stable', () => {
    expect(ids(topologicalOrder([node('c'), node('a'), node('b')]))).toEqual(['c', 'a', 'b']);
    // b becomes ready after a; c was ready first but a comes before it in the input.
    expect(ids(topologicalOrder([node('a'), node('b', 'a'), node('c')]))).toEqual(['a', 'b', 'c']);
    expect(ids(topologicalOrder([node('b', 'c'), node('a'), node('c')]))).toEqual(['a', 'c', 'b']);
  });

  it('ignores unknown and self references and keeps nodes on a cycle (last, in input order)', () => {
    expect(ids(topologicalOrder([node('a', 'ghost', 'a'), node('b')]))).toEqual(['a', 'b']);
    expect(ids(topologicalOrder([node('x', 'y'), node('free'), node('y', 'x')]))).toEqual(['free', 'x', 'y']);
  });

  it('handles an empty graph and a long chain', () => {
    expect(topologicalOrder([])).toEqual([]);
    const chain = Array.from({ length: 200 }, (_, index) => node(`n${index}`, ...(index > 0 ? [`n${index - 1}`] : [])));
    expect(ids(topologicalOrder([...chain].reverse()))).toEqual(ids(chain));
  });
});

describe('findCycle', () => {
  it('returns null for a DAG', () => {
    expect(findCycle([node('a'), node('b', 'a'), node('c', 'a', 'b')])).toBeNull();
  });

  it('returns the cycle path, first and last the same node', () => {
    expect(findCycle([node('a', 'b'), node('b', 'a')])).toEqual(['a', 'b', 'a']);
    expect(findCycle([node('start', 'a'), node('a', 'b'), node('b', 'c'), node('c', 'a')])).toEqual([
      'a',
      'b',
      'c',
      'a',
    ]);
  });

  it('finds a self-loop and ignores unknown ids', () => {
    expect(findCycle([node('a', 'a')])).toEqual(['a', 'a']);
    expect(findCycle([node('a', 'missing')])).toBeNull();
  });
});

describe('parentCycle', () => {
  const parents = new Map<string, string | null>([
    ['root', null],
    ['mid', 'root'],
    ['leaf', 'mid'],
  ]);

  it('allows moves that keep a tree', () => {
    expect(parentCycle('leaf', 'root', parents)).toBeNull();
    expect(parentCycle('mid', null, parents)).toBeNull();
    expect(parentCycle('new', 'leaf', parents)).toBeNull();
  });

  it('reports the loop a move would close', () => {
    expect(parentCycle('root', 'leaf', parents)).toEqual(['root', 'leaf', 'mid', 'root']);
    expect(parentCycle('mid', 'mid', parents)).toEqual(['mid', 'mid']);
  });
});
