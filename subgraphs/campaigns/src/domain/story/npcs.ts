import { badUserInput, type Identity, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsExecutor } from '../../db/database.js';
import { isInParty, npcRows, relationshipRows } from '../../db/queries/story/npcs.js';
import { listLocationsOfCampaigns } from '../../db/queries/story/story-reads.js';
import { npcRelationshipKind, type NpcRelationshipRow, type NpcRow } from '../../db/tables/index.js';
import { deleteStoryEntity, editStory, type StoryDependencies, updateStoryEntity } from './edit-story.js';
import {
  assertAllInCampaign,
  optionalIdSchema,
  storyIdSchema,
  storyNameSchema,
  storyTextSchema,
  withoutUndefined,
} from './story-input.js';

// The story entities this module edits by id (see updateStoryEntity and deleteStoryEntity).
const NPC = { kind: 'NPC', label: 'NPC', rows: npcRows } as const;
const NPC_RELATIONSHIP = { kind: 'NPC_RELATIONSHIP', label: 'NPC relationship', rows: relationshipRows } as const;

/** Challenge ratings of the 2024 rules: 0, 1/8, 1/4, 1/2, then whole numbers to 30. */
export const CHALLENGE_RATINGS: readonly number[] = [
  0,
  0.125,
  0.25,
  0.5,
  ...Array.from({ length: 30 }, (_, index) => index + 1),
];

const abilityScore = z.number().int().min(1, 'must be 1-30').max(30, 'must be 1-30');

export const statBlockSchema = z.object({
  armorClass: z.number().int().min(1, 'must be 1-30').max(30, 'must be 1-30'),
  hitPoints: z.number().int().min(1, 'must be 1-9999').max(9999, 'must be 1-9999'),
  speed: z.number().int().min(0, 'must be 0-300 feet').max(300, 'must be 0-300 feet'),
  abilityScores: z.object({
    str: abilityScore,
    dex: abilityScore,
    con: abilityScore,
    int: abilityScore,
    wis: abilityScore,
    cha: abilityScore,
  }),
  challengeRating: z
    .number()
    .refine((rating) => CHALLENGE_RATINGS.includes(rating), 'must be 0, 0.125, 0.25, 0.5 or a whole number 1-30'),
  actions: z
    .array(
      z.object({ name: storyNameSchema, description: z.string().trim().max(2000, 'must be at most 2000 characters') }),
    )
    .max(30, 'must hold at most 30 actions'),
});

const npcFields = {
  name: storyNameSchema,
  description: storyTextSchema.optional(),
  role: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .nullable()
    .transform((role) => role || null)
    .optional(),
  motivations: z
    .array(z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'))
    .max(20, 'must hold at most 20')
    .optional(),
  statBlock: statBlockSchema.nullable().optional(),
  locationId: optionalIdSchema.optional(),
};
const createNpcSchema = z.object(npcFields);
const updateNpcSchema = z.object({ ...npcFields, name: storyNameSchema.optional() });

export function createNpc(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createNpcSchema>,
): Promise<NpcRow> {
  const valid = validateInput(createNpcSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    await checkNpcLocation(tx, campaignId, valid.locationId);
    const npc = await npcRows.insert(tx, {
      campaignId,
      name: valid.name,
      description: valid.description ?? null,
      role: valid.role ?? null,
      motivations: valid.motivations ?? [],
      statBlock: valid.statBlock ?? null,
      locationId: valid.locationId ?? null,
    });
    return { result: npc, change: { entity: 'NPC', entityId: npc.id, action: 'CREATED', hidden: false } };
  });
}

export async function updateNpc(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updateNpcSchema>,
): Promise<NpcRow> {
  const valid = validateInput(updateNpcSchema, input);
  return updateStoryEntity(deps, viewer.userId, rawId, NPC, async (tx, _existing, campaignId) => {
    await checkNpcLocation(tx, campaignId, valid.locationId);
    return withoutUndefined(valid);
  });
}

/** Its relationships (both ways) and faction memberships go with it. */
export function deleteNpc(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, NPC);
}

async function checkNpcLocation(tx: CampaignsExecutor, campaignId: string, locationId: string | null | undefined) {
  if (!locationId) return;
  const all = await listLocationsOfCampaigns(tx, [campaignId]);
  assertAllInCampaign([locationId], new Set(all.map((location) => location.id)), 'input.locationId', 'location');
}

const relationshipFields = {
  kind: z.enum(npcRelationshipKind.enumValues),
  description: storyTextSchema.optional(),
  hidden: z.boolean().nullish(),
};
const createRelationshipSchema = z
  .object({
    ...relationshipFields,
    npcId: storyIdSchema,
    targetNpcId: optionalIdSchema.optional(),
    targetCharacterId: optionalIdSchema.optional(),
  })
  .refine((input) => !input.targetNpcId !== !input.targetCharacterId, {
    message: 'give exactly one of targetNpcId and targetCharacterId',
    path: ['targetNpcId'],
  });
const updateRelationshipSchema = z.object({ ...relationshipFields, kind: relationshipFields.kind.optional() });

/**
 * An edge from an NPC to another NPC of the campaign or to a character in its party. A hidden
 * edge is seen by the game masters only.
 */
export function createNpcRelationship(
  deps: StoryDependencies,
  viewer: Identity,
  rawCampaignId: string,
  input: z.input<typeof createRelationshipSchema>,
): Promise<NpcRelationshipRow> {
  const valid = validateInput(createRelationshipSchema, input);
  return editStory(deps, viewer.userId, rawCampaignId, 'campaignId', async (tx, campaignId) => {
    const source = await npcRows.findById(tx, valid.npcId);
    if (source?.campaignId !== campaignId) {
      throw badUserInput(`input.npcId: no NPC ${valid.npcId} in this campaign.`, { field: 'input.npcId' });
    }
    if (valid.targetNpcId) {
      const target = await npcRows.findById(tx, valid.targetNpcId);
      if (target?.campaignId !== campaignId) {
        throw badUserInput(`input.targetNpcId: no NPC ${valid.targetNpcId} in this campaign.`, {
          field: 'input.targetNpcId',
        });
      }
      if (target.id === source.id) {
        throw badUserInput('input.targetNpcId: an NPC cannot have a relationship with itself.', {
          field: 'input.targetNpcId',
        });
      }
    }
    if (valid.targetCharacterId && !(await isInParty(tx, campaignId, valid.targetCharacterId))) {
      throw badUserInput(
        `input.targetCharacterId: character ${valid.targetCharacterId} is not in this campaign's party.`,
        {
          field: 'input.targetCharacterId',
        },
      );
    }
    const relationship = await relationshipRows.insert(tx, {
      campaignId,
      npcId: source.id,
      targetNpcId: valid.targetNpcId ?? null,
      targetCharacterId: valid.targetCharacterId ?? null,
      kind: valid.kind,
      description: valid.description ?? null,
      hidden: valid.hidden ?? false,
    });
    return {
      result: relationship,
      change: { entity: 'NPC_RELATIONSHIP', entityId: relationship.id, action: 'CREATED', hidden: relationship.hidden },
    };
  });
}

export async function updateNpcRelationship(
  deps: StoryDependencies,
  viewer: Identity,
  rawId: string,
  input: z.input<typeof updateRelationshipSchema>,
): Promise<NpcRelationshipRow> {
  const valid = validateInput(updateRelationshipSchema, input);
  const { hidden, ...rest } = valid;
  return updateStoryEntity(
    deps,
    viewer.userId,
    rawId,
    NPC_RELATIONSHIP,
    async () => withoutUndefined({ ...rest, hidden: hidden ?? undefined }),
    // Players hear about it only if they could see it before or can see it now.
    { hidden: (before, after) => before.hidden && after.hidden },
  );
}

export function deleteNpcRelationship(deps: StoryDependencies, viewer: Identity, rawId: string): Promise<string> {
  return deleteStoryEntity(deps, viewer.userId, rawId, NPC_RELATIONSHIP, {
    hidden: (relationship) => relationship.hidden,
  });
}
