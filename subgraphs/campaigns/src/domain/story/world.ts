import { badUserInput, type Identity, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsExecutor } from '../../db/database.js';
import {
  listFactionsOfCampaigns,
  listLocationsOfCampaigns,
  listNpcsOfCampaigns,
} from '../../db/queries/story/story-reads.js';
import {
  factionRows,
  locationRows,
  replaceFactionMembers,
  replaceFactionRelationships,
} from '../../db/queries/story/world.js';
import { type FactionRow, factionStance, type LocationRow } from '../../db/tables/index.js';
import { parentCycle } from './dependency-graph.js';
import { deleteStoryEntity, editStory, type StoryDependencies, updateStoryEntity } from './edit-story.js';
import {
  assertAllInCampaign,
  describeCycle,
  idListSchema,
  optionalIdSchema,
  storyIdSchema,
  storyNameSchema,
  storyTextSchema,
  withoutUndefined,
} from './story-input.js';

// The story entities this module edits by id (see updateStoryEntity and deleteStoryEntity).
const LOCATION = { kind: 'LOCATION', label: 'location', rows: locationRows } as const;
const FACTION = { kind: 'FACTION', label: 'faction', rows: factionRows } as const;

// Locations (a hierarchy) and factions (with NPC members).

const locationFields = {
  name: storyNameSchema,
  description: storyTextSchema.optional(),
  parentLocationId: optionalIdSchema.optional(),
};
const createLocationSchema = z.object(locationFields);
const updateLocationSchema = z.object({ ...locationFields, name: storyNameSchema.optional() });

export function createLocation(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createLocationSchema>,
): Promise<LocationRow> {
  const valid = validateInput(createLocationSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    await checkParentLocation(tx, campaignId, null, valid.parentLocationId);
    const location = await locationRows.insert(tx, {
      campaignId,
      name: valid.name,
      description: valid.description ?? null,
      parentLocationId: valid.parentLocationId ?? null,
    });
    return {
      result: location,
      change: { entity: 'LOCATION', entityId: location.id, action: 'CREATED', hidden: false },
    };
  });
}

export async function updateLocation(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updateLocationSchema>,
): Promise<LocationRow> {
  const valid = validateInput(updateLocationSchema, input);
  return updateStoryEntity(deps, viewer.userId, rawId, LOCATION, async (tx, existing, campaignId) => {
    await checkParentLocation(tx, campaignId, existing.id, valid.parentLocationId);
    return withoutUndefined(valid);
  });
}

/** Its child locations move up to the top level; NPCs there lose their location. */
export function deleteLocation(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, LOCATION);
}

async function checkParentLocation(
  tx: CampaignsExecutor,
  campaignId: string,
  locationId: string | null,
  parentId: string | null | undefined,
): Promise<void> {
  if (!parentId) return;
  const field = 'input.parentLocationId';
  const all = await listLocationsOfCampaigns(tx, [campaignId]);
  assertAllInCampaign([parentId], new Set(all.map((location) => location.id)), field, 'location');
  if (!locationId) return;
  const cycle = parentCycle(
    locationId,
    parentId,
    new Map(all.map((location) => [location.id, location.parentLocationId])),
  );
  if (cycle) {
    const names = new Map(all.map((location) => [location.id, location.name]));
    throw badUserInput(
      `${field}: a location cannot lie inside itself: ${describeCycle(cycle, (id) => names.get(id) ?? id)}.`,
      {
        field,
        cycle,
      },
    );
  }
}

const factionFields = {
  name: storyNameSchema,
  goals: storyTextSchema.optional(),
  power: z.number().int().min(0, 'must be 0-10').max(10, 'must be 0-10').nullish(),
  memberNpcIds: idListSchema(200).optional(),
  relationships: z
    .array(z.object({ factionId: storyIdSchema, stance: z.enum(factionStance.enumValues) }))
    .max(100, 'must hold at most 100')
    .refine((list) => new Set(list.map((each) => each.factionId)).size === list.length, 'must name each faction once')
    .optional(),
};
const createFactionSchema = z.object(factionFields);
const updateFactionSchema = z.object({ ...factionFields, name: storyNameSchema.optional() });

export function createFaction(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createFactionSchema>,
): Promise<FactionRow> {
  const valid = validateInput(createFactionSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    await checkMembers(tx, campaignId, valid.memberNpcIds);
    await checkFactionRelationships(tx, campaignId, null, valid.relationships);
    const faction = await factionRows.insert(tx, {
      campaignId,
      name: valid.name,
      goals: valid.goals ?? null,
      power: valid.power ?? 5,
    });
    await replaceFactionMembers(tx, faction.id, valid.memberNpcIds ?? []);
    await replaceFactionRelationships(tx, faction.id, valid.relationships ?? []);
    return { result: faction, change: { entity: 'FACTION', entityId: faction.id, action: 'CREATED', hidden: false } };
  });
}

export async function updateFaction(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updateFactionSchema>,
): Promise<FactionRow> {
  const valid = validateInput(updateFactionSchema, input);
  return updateStoryEntity(deps, viewer.userId, rawId, FACTION, async (tx, existing, campaignId) => {
    const { memberNpcIds, relationships, power, ...fields } = valid;
    if (relationships) {
      await checkFactionRelationships(tx, campaignId, existing.id, relationships);
      await replaceFactionRelationships(tx, existing.id, relationships);
    }
    if (memberNpcIds) {
      await checkMembers(tx, campaignId, memberNpcIds);
      await replaceFactionMembers(tx, existing.id, memberNpcIds);
    }
    return withoutUndefined({ ...fields, power: power ?? undefined });
  });
}

export function deleteFaction(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, FACTION);
}

async function checkMembers(
  tx: CampaignsExecutor,
  campaignId: string,
  npcIds: readonly string[] | undefined,
): Promise<void> {
  if (!npcIds || npcIds.length === 0) return;
  const all = await listNpcsOfCampaigns(tx, [campaignId]);
  assertAllInCampaign(npcIds, new Set(all.map((npc) => npc.id)), 'input.memberNpcIds', 'NPC');
}

/** Stances are towards other factions of the same campaign, never towards itself. */
async function checkFactionRelationships(
  tx: CampaignsExecutor,
  campaignId: string,
  factionId: string | null,
  relationships: readonly { factionId: string }[] | undefined,
): Promise<void> {
  if (!relationships || relationships.length === 0) return;
  const field = 'input.relationships';
  const others = relationships.map((relationship) => relationship.factionId);
  if (factionId && others.includes(factionId)) {
    throw badUserInput(`${field}: a faction has no stance towards itself.`, { field });
  }
  const all = await listFactionsOfCampaigns(tx, [campaignId]);
  assertAllInCampaign(others, new Set(all.map((faction) => faction.id)), field, 'faction');
}
