import { describe, expect, it } from 'vitest';

import type { StoryRows } from '../../db/queries/story/story-reads.js';
import { canonicalJson } from './canonical-json.js';
import { snapshotHash } from './record-commit.js';
import {
  EMPTY_STORY,
  rowsFromSnapshot,
  snapshotFromRows,
  storyProblems,
  withoutHiddenStory,
} from './story-snapshot.js';

const campaignId = 'c0000000-0000-4000-8000-000000000000';
const at = new Date('2026-11-26T01:00:00.000Z');
const rows: StoryRows = {
  chapters: [
    { id: 'ch-1', campaignId, title: 'Intro', summary: null, kind: 'INTRODUCTION', state: 'READY', createdAt: at },
    { id: 'ch-2', campaignId, title: 'Crypt', summary: 'Dark.', kind: 'STORY', state: 'DRAFT', createdAt: at },
  ],
  prerequisites: [{ campaignId, chapterId: 'ch-2', prerequisiteId: 'ch-1' }],
  arcs: [{ id: 'arc', campaignId, title: 'Arc', description: null, kind: 'CAMPAIGN', position: 0, createdAt: at }],
  plots: [
    {
      id: 'p1',
      campaignId,
      title: 'Main',
      description: null,
      kind: 'MAIN',
      state: 'ACTIVE',
      parentPlotId: null,
      arcId: 'arc',
      createdAt: at,
    },
    {
      id: 'p2',
      campaignId,
      title: 'Sub',
      description: null,
      kind: 'SIDE',
      state: 'PLANNED',
      parentPlotId: 'p1',
      arcId: null,
      createdAt: at,
    },
  ],
  plotChapters: [
    { campaignId, plotId: 'p1', chapterId: 'ch-2', position: 1 },
    { campaignId, plotId: 'p1', chapterId: 'ch-1', position: 0 },
  ],
  npcs: [
    {
      id: 'n1',
      campaignId,
      name: 'Ireena',
      description: null,
      role: 'ward',
      motivations: ['flee'],
      statBlock: null,
      locationId: 'loc',
      createdAt: at,
    },
    {
      id: 'n2',
      campaignId,
      name: 'Strahd',
      description: null,
      role: null,
      motivations: [],
      statBlock: null,
      locationId: null,
      createdAt: at,
    },
  ],
  relationships: [
    {
      id: 'r1',
      campaignId,
      npcId: 'n2',
      targetNpcId: 'n1',
      targetCharacterId: null,
      kind: 'ENEMY',
      description: null,
      hidden: false,
      createdAt: at,
    },
    {
      id: 'r2',
      campaignId,
      npcId: 'n1',
      targetNpcId: 'n2',
      targetCharacterId: null,
      kind: 'FAMILY',
      description: 'secret',
      hidden: true,
      createdAt: at,
    },
  ],
  locations: [{ id: 'loc', campaignId, name: 'Barovia', description: null, parentLocationId: null, createdAt: at }],
  factions: [
    { id: 'f', campaignId, name: 'Vistani', goals: null, power: 4, createdAt: at },
    { id: 'g', campaignId, name: 'Order of the Silver Dragon', goals: null, power: 2, createdAt: at },
  ],
  factionMembers: [{ campaignId, factionId: 'f', npcId: 'n1' }],
  factionRelationships: [{ campaignId, factionId: 'f', otherFactionId: 'g', stance: 'HOSTILE' }],
};

describe('story snapshots', () => {
  it('keys entities by id, with links on their owners (plot chapters in plot order)', () => {
    const snapshot = snapshotFromRows(rows);
    expect(snapshot.chapters['ch-2']).toMatchObject({
      title: 'Crypt',
      prerequisiteIds: ['ch-1'],
      createdAt: at.toISOString(),
    });
    expect(snapshot.plots.p1!.chapterIds).toEqual(['ch-1', 'ch-2']);
    expect(snapshot.factions.f!.memberNpcIds).toEqual(['n1']);
    expect(snapshot.factions.f!.relationships).toEqual({ g: 'HOSTILE' });
    expect(snapshot.factions.g!.relationships).toEqual({});
    expect(storyProblems(snapshot)).toEqual([]);
  });

  it('round-trips through rows and hashes the same content the same way', () => {
    const snapshot = snapshotFromRows(rows);
    const written = rowsFromSnapshot(campaignId, snapshot);
    expect(written.prerequisites).toEqual([{ chapterId: 'ch-2', prerequisiteId: 'ch-1' }]);
    expect(written.factionRelationships).toEqual([{ factionId: 'f', otherFactionId: 'g', stance: 'HOSTILE' }]);
    expect(written.factions[0]).not.toHaveProperty('relationships');
    expect(written.plotChapters).toEqual([
      { plotId: 'p1', chapterId: 'ch-1', position: 0 },
      { plotId: 'p1', chapterId: 'ch-2', position: 1 },
    ]);
    const reread = snapshotFromRows({
      ...rows,
      chapters: [...rows.chapters].reverse(),
      relationships: [...rows.relationships].reverse(),
    });
    expect(canonicalJson(reread as never)).toBe(canonicalJson(snapshot as never));
    expect(snapshotHash(reread)).toBe(snapshotHash(snapshot));
    expect(snapshotHash(EMPTY_STORY)).not.toBe(snapshotHash(snapshot));
  });

  it('finds dangling links and cycles', () => {
    const snapshot = snapshotFromRows(rows);
    delete snapshot.chapters['ch-1'];
    delete snapshot.factions.g;
    snapshot.plots.p1!.parentPlotId = 'p2';
    const problems = storyProblems(snapshot);
    expect(problems).toContain('chapters.ch-2.prerequisiteIds refers to chapter ch-1, which is not in the story.');
    expect(problems).toContain('plots.p1.chapterIds refers to chapter ch-1, which is not in the story.');
    expect(problems).toContain('The subplots would form a cycle: p1 → p2 → p1.');
    expect(problems).toContain('factions.f.relationships refers to faction g, which is not in the story.');
  });

  it('hides hidden relationships from players', () => {
    const visible = withoutHiddenStory(snapshotFromRows(rows));
    expect(Object.keys(visible.npcRelationships)).toEqual(['r1']);
  });
});
