import { validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsDb } from '../db/database.js';
import { insertCampaign } from '../db/queries/campaigns.js';
import { insertMember } from '../db/queries/members.js';
import type { CampaignRow } from '../db/tables/index.js';

export const CAMPAIGN_NAME_MAX_LENGTH = 100;
export const CAMPAIGN_DESCRIPTION_MAX_LENGTH = 5_000;

const createCampaignInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(CAMPAIGN_NAME_MAX_LENGTH, `must be at most ${CAMPAIGN_NAME_MAX_LENGTH} characters`),
  description: z
    .string()
    .trim()
    .max(CAMPAIGN_DESCRIPTION_MAX_LENGTH, `must be at most ${CAMPAIGN_DESCRIPTION_MAX_LENGTH} characters`)
    .nullish()
    // A blank description is no description.
    .transform((value) => (value ? value : null)),
});

export interface CreateCampaignInput {
  name: string;
  description?: string | null | undefined;
}

/** Creates a campaign whose game master (and first member) is the viewer, in one transaction. */
export async function createCampaign(
  deps: { db: CampaignsDb },
  viewerId: string,
  input: CreateCampaignInput,
): Promise<CampaignRow> {
  const valid = validateInput(createCampaignInputSchema, input);
  return deps.db.transaction(async (tx) => {
    const campaign = await insertCampaign(tx, {
      name: valid.name,
      description: valid.description,
      gameMasterId: viewerId,
    });
    await insertMember(tx, { campaignId: campaign.id, userId: viewerId, role: 'GAME_MASTER' });
    return campaign;
  });
}
