import type { StoryRows } from '../../db/queries/story/story-reads.js';
import type { StoryRowsToWrite } from '../../db/queries/story/replace-story.js';
import type {
  ChapterKind,
  ChapterState,
  FactionStance,
  NpcRelationshipKind,
  NpcStatBlock,
  PlotKind,
  PlotState,
  StoryArcKind,
} from '../../db/tables/index.js';
import { findCycle } from '../story/dependency-graph.js';
import { hiddenPlotIds } from '../story/plot-visibility.js';
import type { JsonObject } from './canonical-json.js';

/**
 * A campaign's whole story state as plain JSON: each kind of entity is an object keyed by id, so
 * diffs and merges address `chapters.<id>.title`. Link lists live on their owner (sorted where
 * order carries no meaning), timestamps as ISO strings, and only what a restore needs.
 */
export interface StorySnapshot {
  chapters: Record<string, ChapterSnapshot & JsonObject>;
  storyArcs: Record<string, ArcSnapshot & JsonObject>;
  plots: Record<string, PlotSnapshot & JsonObject>;
  npcs: Record<string, NpcSnapshot & JsonObject>;
  npcRelationships: Record<string, RelationshipSnapshot & JsonObject>;
  locations: Record<string, LocationSnapshot & JsonObject>;
  factions: Record<string, FactionSnapshot & JsonObject>;
}

interface ChapterSnapshot {
  title: string;
  summary: string | null;
  kind: ChapterKind;
  state: ChapterState;
  prerequisiteIds: string[];
  createdAt: string;
}
interface ArcSnapshot {
  title: string;
  description: string | null;
  kind: StoryArcKind;
  position: number;
  createdAt: string;
}
interface PlotSnapshot {
  title: string;
  description: string | null;
  kind: PlotKind;
  state: PlotState;
  parentPlotId: string | null;
  arcId: string | null;
  /** In the plot's order. */
  chapterIds: string[];
  createdAt: string;
}
interface NpcSnapshot {
  name: string;
  description: string | null;
  role: string | null;
  motivations: string[];
  statBlock: (NpcStatBlock & JsonObject) | null;
  locationId: string | null;
  createdAt: string;
}
interface RelationshipSnapshot {
  npcId: string;
  targetNpcId: string | null;
  targetCharacterId: string | null;
  kind: NpcRelationshipKind;
  description: string | null;
  hidden: boolean;
  createdAt: string;
}
interface LocationSnapshot {
  name: string;
  description: string | null;
  parentLocationId: string | null;
  createdAt: string;
}
interface FactionSnapshot {
  name: string;
  goals: string | null;
  power: number;
  memberNpcIds: string[];
  /** Stance towards other factions, by their id. */
  relationships: Record<string, FactionStance>;
  createdAt: string;
}

export const EMPTY_STORY: StorySnapshot = {
  chapters: {},
  storyArcs: {},
  plots: {},
  npcs: {},
  npcRelationships: {},
  locations: {},
  factions: {},
};

function byId<TRow extends { id: string }, TState>(
  rows: readonly TRow[],
  state: (row: TRow) => TState,
): Record<string, TState> {
  return Object.fromEntries(rows.map((row) => [row.id, state(row)]));
}

function idsOf<TLink>(
  links: readonly TLink[],
  owner: (link: TLink) => string,
  id: string,
  target: (link: TLink) => string,
): string[] {
  return links.filter((link) => owner(link) === id).map(target);
}

export function snapshotFromRows(rows: StoryRows): StorySnapshot {
  return {
    chapters: byId(rows.chapters, (row) => ({
      title: row.title,
      summary: row.summary,
      kind: row.kind,
      state: row.state,
      prerequisiteIds: idsOf(
        rows.prerequisites,
        (link) => link.chapterId,
        row.id,
        (link) => link.prerequisiteId,
      ).sort(),
      createdAt: row.createdAt.toISOString(),
    })),
    storyArcs: byId(rows.arcs, (row) => ({
      title: row.title,
      description: row.description,
      kind: row.kind,
      position: row.position,
      createdAt: row.createdAt.toISOString(),
    })),
    plots: byId(rows.plots, (row) => ({
      title: row.title,
      description: row.description,
      kind: row.kind,
      state: row.state,
      parentPlotId: row.parentPlotId,
      arcId: row.arcId,
      chapterIds: rows.plotChapters
        .filter((link) => link.plotId === row.id)
        .sort((left, right) => left.position - right.position)
        .map((link) => link.chapterId),
      createdAt: row.createdAt.toISOString(),
    })),
    npcs: byId(rows.npcs, (row) => ({
      name: row.name,
      description: row.description,
      role: row.role,
      motivations: row.motivations,
      statBlock: row.statBlock as (NpcStatBlock & JsonObject) | null,
      locationId: row.locationId,
      createdAt: row.createdAt.toISOString(),
    })),
    npcRelationships: byId(rows.relationships, (row) => ({
      npcId: row.npcId,
      targetNpcId: row.targetNpcId,
      targetCharacterId: row.targetCharacterId,
      kind: row.kind,
      description: row.description,
      hidden: row.hidden,
      createdAt: row.createdAt.toISOString(),
    })),
    locations: byId(rows.locations, (row) => ({
      name: row.name,
      description: row.description,
      parentLocationId: row.parentLocationId,
      createdAt: row.createdAt.toISOString(),
    })),
    factions: byId(rows.factions, (row) => ({
      name: row.name,
      goals: row.goals,
      power: row.power,
      memberNpcIds: idsOf(
        rows.factionMembers,
        (link) => link.factionId,
        row.id,
        (link) => link.npcId,
      ).sort(),
      relationships: Object.fromEntries(
        rows.factionRelationships
          .filter((link) => link.factionId === row.id)
          .map((link) => [link.otherFactionId, link.stance]),
      ),
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

export function rowsFromSnapshot(campaignId: string, snapshot: StorySnapshot): StoryRowsToWrite {
  const entries = <TState>(record: Record<string, TState>) => Object.entries(record);
  const date = (iso: string) => new Date(iso);
  return {
    locations: entries(snapshot.locations).map(([id, state]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    npcs: entries(snapshot.npcs).map(([id, state]) => ({ id, campaignId, ...state, createdAt: date(state.createdAt) })),
    chapters: entries(snapshot.chapters).map(([id, { prerequisiteIds: _links, ...state }]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    prerequisites: entries(snapshot.chapters).flatMap(([chapterId, state]) =>
      state.prerequisiteIds.map((prerequisiteId) => ({ chapterId, prerequisiteId })),
    ),
    arcs: entries(snapshot.storyArcs).map(([id, state]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    plots: entries(snapshot.plots).map(([id, { chapterIds: _links, ...state }]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    plotChapters: entries(snapshot.plots).flatMap(([plotId, state]) =>
      state.chapterIds.map((chapterId, position) => ({ plotId, chapterId, position })),
    ),
    relationships: entries(snapshot.npcRelationships).map(([id, state]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    factions: entries(snapshot.factions).map(([id, { memberNpcIds: _members, relationships: _stances, ...state }]) => ({
      id,
      campaignId,
      ...state,
      createdAt: date(state.createdAt),
    })),
    factionMembers: entries(snapshot.factions).flatMap(([factionId, state]) =>
      state.memberNpcIds.map((npcId) => ({ factionId, npcId })),
    ),
    factionRelationships: entries(snapshot.factions).flatMap(([factionId, state]) =>
      Object.entries(state.relationships).map(([otherFactionId, stance]) => ({ factionId, otherFactionId, stance })),
    ),
  };
}

/**
 * What would make a snapshot unwritable: links to entities it does not hold and cycles. A merge
 * can produce these from changes that do not conflict field by field (one side deletes a chapter,
 * the other makes it a prerequisite), so merged results are checked before they are committed.
 */
export function storyProblems(snapshot: StorySnapshot): string[] {
  const problems: string[] = [];
  const expect = (kind: string, id: string | null, known: Record<string, unknown>, where: string) => {
    if (id !== null && !(id in known)) problems.push(`${where} refers to ${kind} ${id}, which is not in the story.`);
  };
  for (const [id, chapter] of Object.entries(snapshot.chapters)) {
    for (const prerequisite of chapter.prerequisiteIds)
      expect('chapter', prerequisite, snapshot.chapters, `chapters.${id}.prerequisiteIds`);
  }
  for (const [id, plot] of Object.entries(snapshot.plots)) {
    expect('plot', plot.parentPlotId, snapshot.plots, `plots.${id}.parentPlotId`);
    expect('story arc', plot.arcId, snapshot.storyArcs, `plots.${id}.arcId`);
    for (const chapterId of plot.chapterIds) expect('chapter', chapterId, snapshot.chapters, `plots.${id}.chapterIds`);
  }
  for (const [id, npc] of Object.entries(snapshot.npcs))
    expect('location', npc.locationId, snapshot.locations, `npcs.${id}.locationId`);
  for (const [id, relationship] of Object.entries(snapshot.npcRelationships)) {
    expect('NPC', relationship.npcId, snapshot.npcs, `npcRelationships.${id}.npcId`);
    expect('NPC', relationship.targetNpcId, snapshot.npcs, `npcRelationships.${id}.targetNpcId`);
  }
  for (const [id, location] of Object.entries(snapshot.locations)) {
    expect('location', location.parentLocationId, snapshot.locations, `locations.${id}.parentLocationId`);
  }
  for (const [id, faction] of Object.entries(snapshot.factions)) {
    for (const npcId of faction.memberNpcIds) expect('NPC', npcId, snapshot.npcs, `factions.${id}.memberNpcIds`);
    for (const otherId of Object.keys(faction.relationships)) {
      expect('faction', otherId, snapshot.factions, `factions.${id}.relationships`);
    }
  }
  const cycles: [string, { id: string; dependsOn: string[] }[]][] = [
    [
      'chapter prerequisites',
      Object.entries(snapshot.chapters).map(([id, chapter]) => ({ id, dependsOn: chapter.prerequisiteIds })),
    ],
    [
      'subplots',
      Object.entries(snapshot.plots).map(([id, plot]) => ({
        id,
        dependsOn: plot.parentPlotId ? [plot.parentPlotId] : [],
      })),
    ],
    [
      'locations',
      Object.entries(snapshot.locations).map(([id, location]) => ({
        id,
        dependsOn: location.parentLocationId ? [location.parentLocationId] : [],
      })),
    ],
  ];
  for (const [label, nodes] of cycles) {
    const cycle = findCycle(nodes);
    if (cycle) problems.push(`The ${label} would form a cycle: ${cycle.join(' → ')}.`);
  }
  return problems;
}

/** The snapshot as players and viewers may see it: without hidden NPC relationships and hidden plots. */
export function withoutHiddenStory(snapshot: StorySnapshot): StorySnapshot {
  const hiddenPlots = hiddenPlotIds(
    Object.entries(snapshot.plots).map(([id, plot]) => ({ id, kind: plot.kind, parentPlotId: plot.parentPlotId })),
  );
  return {
    ...snapshot,
    plots: Object.fromEntries(Object.entries(snapshot.plots).filter(([id]) => !hiddenPlots.has(id))),
    npcRelationships: Object.fromEntries(
      Object.entries(snapshot.npcRelationships).filter(([, relationship]) => !relationship.hidden),
    ),
  };
}
