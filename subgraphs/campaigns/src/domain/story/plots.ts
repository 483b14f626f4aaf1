import { badUserInput, type Identity, notFound, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsExecutor } from '../../db/database.js';
import { insertStoryArc, plotRows, replacePlotChapters, storyArcRows } from '../../db/queries/story/plots.js';
import {
  listArcsOfCampaigns,
  listChaptersOfCampaigns,
  listPlotsOfCampaigns,
} from '../../db/queries/story/story-reads.js';
import {
  plotKind,
  type PlotRow,
  plotState,
  type PlotState,
  storyArcKind,
  type StoryArcRow,
} from '../../db/tables/index.js';
import { parentCycle } from './dependency-graph.js';
import { hiddenPlotIds } from './plot-visibility.js';
import {
  deleteStoryEntity,
  editStory,
  findStoryEntity,
  type StoryDependencies,
  updateStoryEntity,
} from './edit-story.js';
import {
  assertAllInCampaign,
  describeCycle,
  idListSchema,
  optionalIdSchema,
  storyNameSchema,
  storyTextSchema,
  withoutUndefined,
} from './story-input.js';

// The story entities this module edits by id (see updateStoryEntity and deleteStoryEntity).
const STORY_ARC = { kind: 'STORY_ARC', label: 'story arc', rows: storyArcRows } as const;
const PLOT = { kind: 'PLOT', label: 'plot', rows: plotRows } as const;

const arcFields = {
  title: storyNameSchema,
  description: storyTextSchema.optional(),
  kind: z.enum(storyArcKind.enumValues),
  position: z.number().int().min(0).max(10_000).nullish(),
};
const createArcSchema = z.object(arcFields);
const updateArcSchema = z.object({ ...arcFields, title: storyNameSchema.optional(), kind: arcFields.kind.optional() });

export function createStoryArc(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createArcSchema>,
): Promise<StoryArcRow> {
  const valid = validateInput(createArcSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    const arc = await insertStoryArc(tx, {
      campaignId,
      title: valid.title,
      description: valid.description ?? null,
      kind: valid.kind,
      position: valid.position ?? null,
    });
    return { result: arc, change: { entity: 'STORY_ARC', entityId: arc.id, action: 'CREATED', hidden: false } };
  });
}

export async function updateStoryArc(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updateArcSchema>,
): Promise<StoryArcRow> {
  const { position, ...rest } = validateInput(updateArcSchema, input);
  return updateStoryEntity(deps, viewer.userId, rawId, STORY_ARC, async () =>
    withoutUndefined({ ...rest, position: position ?? undefined }),
  );
}

/** Its plots stay, without an arc. */
export function deleteStoryArc(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, STORY_ARC);
}

/**
 * The plot state machine: where each state may go. A resolved plot can be reopened and an
 * abandoned one revived; nothing else jumps (a planned plot is not resolved without being played).
 */
export const PLOT_STATE_TRANSITIONS: Readonly<Record<PlotState, readonly PlotState[]>> = {
  PLANNED: ['ACTIVE', 'ABANDONED'],
  ACTIVE: ['RESOLVED', 'ABANDONED'],
  RESOLVED: ['ACTIVE'],
  ABANDONED: ['PLANNED', 'ACTIVE'],
};

export function assertPlotStateMove(from: PlotState, to: PlotState): void {
  if (!PLOT_STATE_TRANSITIONS[from].includes(to)) {
    throw badUserInput(
      `state: a ${from} plot cannot become ${to}; allowed: ${PLOT_STATE_TRANSITIONS[from].join(', ')}.`,
      {
        field: 'state',
        allowed: [...PLOT_STATE_TRANSITIONS[from]],
      },
    );
  }
}

const plotFields = {
  title: storyNameSchema,
  description: storyTextSchema.optional(),
  kind: z.enum(plotKind.enumValues),
  parentPlotId: optionalIdSchema.optional(),
  arcId: optionalIdSchema.optional(),
  chapterIds: idListSchema().optional(),
};
const createPlotSchema = z.object(plotFields);
const updatePlotSchema = z.object({
  ...plotFields,
  title: storyNameSchema.optional(),
  kind: plotFields.kind.optional(),
});

export function createPlot(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createPlotSchema>,
): Promise<PlotRow> {
  const valid = validateInput(createPlotSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    await checkPlotLinks(tx, campaignId, null, valid);
    const plot = await plotRows.insert(tx, {
      campaignId,
      title: valid.title,
      description: valid.description ?? null,
      kind: valid.kind,
      parentPlotId: valid.parentPlotId ?? null,
      arcId: valid.arcId ?? null,
    });
    await replacePlotChapters(tx, plot.id, valid.chapterIds ?? []);
    const hidden = await isHiddenPlot(tx, campaignId, plot.id);
    return { result: plot, change: { entity: 'PLOT', entityId: plot.id, action: 'CREATED', hidden } };
  });
}

export async function updatePlot(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updatePlotSchema>,
): Promise<PlotRow> {
  const valid = validateInput(updatePlotSchema, input);
  // The campaign's plots before the update, read once: the links check and the hidden check use them.
  let plotsBefore: PlotRow[] = [];
  return updateStoryEntity(
    deps,
    viewer.userId,
    rawId,
    PLOT,
    async (tx, existing, campaignId) => {
      plotsBefore = await listPlotsOfCampaigns(tx, [campaignId]);
      await checkPlotLinks(tx, campaignId, existing.id, valid, plotsBefore);
      const { chapterIds, ...fields } = valid;
      if (chapterIds) await replacePlotChapters(tx, existing.id, chapterIds);
      return withoutUndefined(fields);
    },
    // A plot coming out of hiding (or into it) is news the party hears of; one staying hidden is not.
    {
      hidden: (_before, after) =>
        hiddenPlotIds(plotsBefore).has(after.id) &&
        hiddenPlotIds(plotsBefore.map((plot) => (plot.id === after.id ? after : plot))).has(after.id),
    },
  );
}

/** Moves a plot along PLOT_STATE_TRANSITIONS (BAD_USER_INPUT names the allowed moves). */
export async function changePlotState(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  state: PlotState,
): Promise<PlotRow> {
  const valid = validateInput(z.enum(plotState.enumValues), state, 'state');
  const existing = await findStoryEntity(rawId, 'id', 'plot', (id) => plotRows.findById(deps.db, id));
  return editStory(deps, viewer.userId, existing.campaignId, 'id', async (tx) => {
    // Read again under the campaign lock: the state may have moved since.
    const current = await plotRows.findById(tx, existing.id);
    if (!current) throw notFound(`No plot has id ${existing.id}.`, { field: 'id' });
    assertPlotStateMove(current.state, valid);
    const plot = (await plotRows.update(tx, existing.id, { state: valid }))!;
    const hidden = await isHiddenPlot(tx, plot.campaignId, plot.id);
    return { result: plot, change: { entity: 'PLOT', entityId: plot.id, action: 'UPDATED', hidden } };
  });
}

/** Its subplots move up to the top level. */
export function deletePlot(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, PLOT, {
    hidden: (plot, tx) => isHiddenPlot(tx, plot.campaignId, plot.id),
  });
}

/** Whether a plot is one the party must not know of (see `hiddenPlotIds`), read in the transaction. */
async function isHiddenPlot(tx: CampaignsExecutor, campaignId: string, plotId: string): Promise<boolean> {
  return hiddenPlotIds(await listPlotsOfCampaigns(tx, [campaignId])).has(plotId);
}

/** Parent plot, arc and chapters must be in the campaign; a parent must not make subplots circular. */
async function checkPlotLinks(
  tx: CampaignsExecutor,
  campaignId: string,
  plotId: string | null,
  links: {
    parentPlotId?: string | null | undefined;
    arcId?: string | null | undefined;
    chapterIds?: string[] | undefined;
  },
  /** The campaign's plots when the caller has read them already. */
  plots?: PlotRow[],
): Promise<void> {
  if (links.parentPlotId) {
    const all = plots ?? (await listPlotsOfCampaigns(tx, [campaignId]));
    assertAllInCampaign([links.parentPlotId], new Set(all.map((plot) => plot.id)), 'input.parentPlotId', 'plot');
    if (plotId) {
      const cycle = parentCycle(plotId, links.parentPlotId, new Map(all.map((plot) => [plot.id, plot.parentPlotId])));
      if (cycle) {
        const titles = new Map(all.map((plot) => [plot.id, plot.title]));
        throw badUserInput(
          `input.parentPlotId: that would make plots each other's subplots: ${describeCycle(cycle, (id) => titles.get(id) ?? id)}.`,
          { field: 'input.parentPlotId', cycle },
        );
      }
    }
  }
  if (links.arcId) {
    const arcs = await listArcsOfCampaigns(tx, [campaignId]);
    assertAllInCampaign([links.arcId], new Set(arcs.map((arc) => arc.id)), 'input.arcId', 'story arc');
  }
  if (links.chapterIds && links.chapterIds.length > 0) {
    const chapters = await listChaptersOfCampaigns(tx, [campaignId]);
    assertAllInCampaign(
      links.chapterIds,
      new Set(chapters.map((chapter) => chapter.id)),
      'input.chapterIds',
      'chapter',
    );
  }
}
