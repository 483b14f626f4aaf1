import { describe, expect, it } from 'vitest';

import { diffJson } from './diff-json.js';

describe('diffJson', () => {
  it('finds nothing between equal documents', () => {
    expect(diffJson({ a: { b: [1] } }, { a: { b: [1] } })).toEqual([]);
  });

  it('reports changed leaves by path, sorted', () => {
    const before = { chapters: { c1: { title: 'Old', state: 'DRAFT', prerequisiteIds: ['c0'] } } };
    const after = { chapters: { c1: { title: 'New', state: 'DRAFT', prerequisiteIds: ['c0', 'c2'] } } };
    expect(diffJson(before, after)).toEqual([
      { path: 'chapters.c1.prerequisiteIds', before: ['c0'], after: ['c0', 'c2'] },
      { path: 'chapters.c1.title', before: 'Old', after: 'New' },
    ]);
  });

  it('reports an added or removed entity once, at its own path', () => {
    const before = { npcs: { gone: { name: 'Gone' } } };
    const after = { npcs: { fresh: { name: 'Fresh' } } };
    expect(diffJson(before, after)).toEqual([
      { path: 'npcs.fresh', before: undefined, after: { name: 'Fresh' } },
      { path: 'npcs.gone', before: { name: 'Gone' }, after: undefined },
    ]);
  });

  it('treats a field becoming null or an object becoming a scalar as one change', () => {
    expect(diffJson({ n: { statBlock: { ac: 12 } } }, { n: { statBlock: null } })).toEqual([
      { path: 'n.statBlock', before: { ac: 12 }, after: null },
    ]);
  });
});
