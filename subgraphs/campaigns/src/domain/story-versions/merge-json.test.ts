import { describe, expect, it } from 'vitest';

import { mergeJson } from './merge-json.js';

const base = {
  chapters: {
    c1: { title: 'Intro', state: 'DRAFT', prerequisiteIds: [] as string[] },
    c2: { title: 'Crypt', state: 'DRAFT', prerequisiteIds: ['c1'] },
  },
  npcs: { n1: { name: 'Ireena', statBlock: { armorClass: 12, hitPoints: 9 } } },
};
type Doc = typeof base;
const edit = (change: (doc: Doc) => void): Doc => {
  const copy = structuredClone(base);
  change(copy);
  return copy;
};

describe('mergeJson', () => {
  it('takes a change made on one side only', () => {
    const theirs = edit((doc) => (doc.chapters.c1.title = 'Arrival'));
    const outcome = mergeJson(base, base, theirs);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged).toEqual(theirs);
    expect(mergeJson(base, theirs, base).merged).toEqual(theirs);
  });

  it('merges different fields and different entities from both sides', () => {
    const ours = edit((doc) => {
      doc.chapters.c1.title = 'Arrival';
      doc.npcs.n1.statBlock.armorClass = 14;
    });
    const theirs = edit((doc) => {
      doc.chapters.c1.state = 'READY';
      doc.npcs.n1.statBlock.hitPoints = 20;
      (doc.npcs as Record<string, unknown>).n2 = { name: 'Strahd', statBlock: null };
    });
    const outcome = mergeJson(base, ours, theirs);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged).toEqual({
      chapters: { c1: { title: 'Arrival', state: 'READY', prerequisiteIds: [] }, c2: base.chapters.c2 },
      npcs: {
        n1: { name: 'Ireena', statBlock: { armorClass: 14, hitPoints: 20 } },
        n2: { name: 'Strahd', statBlock: null },
      },
    });
  });

  it('merges identical changes silently', () => {
    const both = edit((doc) => (doc.chapters.c2.title = 'The Crypt'));
    expect(mergeJson(base, both, structuredClone(both))).toMatchObject({ merged: both, conflicts: [] });
  });

  it('reports both sides changing the same field differently, with base, ours and theirs', () => {
    const ours = edit((doc) => (doc.chapters.c1.title = 'Arrival'));
    const theirs = edit((doc) => (doc.chapters.c1.title = 'Welcome'));
    expect(mergeJson(base, ours, theirs).conflicts).toEqual([
      { path: 'chapters.c1.title', base: 'Intro', ours: 'Arrival', theirs: 'Welcome' },
    ]);
  });

  it('compares arrays whole (two different prerequisite edits conflict)', () => {
    const ours = edit((doc) => (doc.chapters.c2.prerequisiteIds = []));
    const theirs = edit((doc) => (doc.chapters.c2.prerequisiteIds = ['c1', 'c3']));
    expect(mergeJson(base, ours, theirs).conflicts.map((conflict) => conflict.path)).toEqual([
      'chapters.c2.prerequisiteIds',
    ]);
  });

  it('reports a deletion against a change, either way round', () => {
    const deleted = edit((doc) => delete (doc.npcs as Record<string, unknown>).n1);
    const changed = edit((doc) => (doc.npcs.n1.name = 'Ireena Kolyana'));
    expect(mergeJson(base, deleted, changed).conflicts).toEqual([
      { path: 'npcs.n1', base: base.npcs.n1, ours: undefined, theirs: changed.npcs.n1 },
    ]);
    expect(mergeJson(base, changed, deleted).conflicts[0]).toMatchObject({
      path: 'npcs.n1',
      ours: changed.npcs.n1,
      theirs: undefined,
    });
  });

  it('accepts a deletion the other side did not touch, and a deletion on both sides', () => {
    const deleted = edit((doc) => delete (doc.npcs as Record<string, unknown>).n1);
    expect(mergeJson(base, base, deleted).merged).toEqual(deleted);
    expect(mergeJson(base, deleted, deleted).merged).toEqual(deleted);
  });

  it('merges objects both sides added independently, field by field', () => {
    const ours = { items: { x: { a: 1, b: 2 } } };
    const theirs = { items: { x: { a: 1, c: 3 } } };
    expect(mergeJson({ items: {} }, ours, theirs)).toMatchObject({
      merged: { items: { x: { a: 1, b: 2, c: 3 } } },
      conflicts: [],
    });
    expect(mergeJson({ items: {} }, ours, { items: { x: { a: 5 } } }).conflicts).toEqual([
      { path: 'items.x.a', base: undefined, ours: 1, theirs: 5 },
    ]);
  });

  it('applies resolutions and reports the ones that matched nothing', () => {
    const ours = edit((doc) => {
      doc.chapters.c1.title = 'Arrival';
      doc.chapters.c2.title = 'Tomb';
    });
    const theirs = edit((doc) => {
      doc.chapters.c1.title = 'Welcome';
      doc.chapters.c2.title = 'Vault';
    });
    const outcome = mergeJson(
      base,
      ours,
      theirs,
      new Map([
        ['chapters.c1.title', 'THEIRS'],
        ['chapters.c2.title', 'OURS'],
        ['chapters.c9.title', 'OURS'],
      ]),
    );
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.resolved.map((conflict) => conflict.path)).toEqual(['chapters.c1.title', 'chapters.c2.title']);
    expect(outcome.unusedResolutions).toEqual(['chapters.c9.title']);
    expect(outcome.merged).toMatchObject({ chapters: { c1: { title: 'Welcome' }, c2: { title: 'Tomb' } } });
  });

  it('resolves a delete/modify conflict either way', () => {
    const deleted = edit((doc) => delete (doc.npcs as Record<string, unknown>).n1);
    const changed = edit((doc) => (doc.npcs.n1.name = 'Ireena Kolyana'));
    const keepDeletion = mergeJson(base, deleted, changed, new Map([['npcs.n1', 'OURS']]));
    expect(keepDeletion.merged).toEqual(deleted);
    const keepChange = mergeJson(base, deleted, changed, new Map([['npcs.n1', 'THEIRS']]));
    expect(keepChange.merged).toEqual(changed);
  });
});
