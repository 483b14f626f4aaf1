import { validateInput } from '@grimoire/platform';
import { ROOT_THEME, THEME_IDS } from '@grimoire/rules';
import { z } from 'zod';

import type { CampaignsDb } from '../db/database.js';
import { insertCampaign } from '../db/queries/campaigns.js';
import { insertMember } from '../db/queries/members.js';
import type { CampaignRow, CampaignType } from '../db/tables/index.js';

export const CAMPAIGN_NAME_MAX_LENGTH = 100;
export const CAMPAIGN_DESCRIPTION_MAX_LENGTH = 5_000;

/** Shared with updateCampaign. */
export const campaignNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(CAMPAIGN_NAME_MAX_LENGTH, `must be at most ${CAMPAIGN_NAME_MAX_LENGTH} characters`);

export const campaignDescriptionSchema = z
  .string()
  .trim()
  .max(CAMPAIGN_DESCRIPTION_MAX_LENGTH, `must be at most ${CAMPAIGN_DESCRIPTION_MAX_LENGTH} characters`)
  .nullable()
  // A blank description is no description.
  .transform((value) => (value ? value : null));

const createCampaignInputSchema = z.object({
  name: campaignNameSchema,
  description: campaignDescriptionSchema.optional(),
  type: z.enum(['TRADITIONAL', 'ANTITHETICON']).nullish(),
  theme: z.enum(THEME_IDS).nullish(),
});

export interface CreateCampaignInput {
  name: string;
  description?: string | null | undefined;
  type?: CampaignType | null | undefined;
  /** The genre it starts in (ROOT_THEME when omitted); later only a theme transition changes it. */
  theme?: string | null | undefined;
}

/**
 * Creates a DRAFT campaign whose game master (and first member) is the viewer, in one
 * transaction. The type is fixed at creation (TRADITIONAL unless asked otherwise).
 */
export async function createCampaign(
  deps: { db: CampaignsDb },
  viewerId: string,
  input: CreateCampaignInput,
): Promise<CampaignRow> {
  const valid = validateInput(createCampaignInputSchema, input);
  return deps.db.transaction(async (tx) => {
    const campaign = await insertCampaign(tx, {
      name: valid.name,
      description: valid.description ?? null,
      type: valid.type ?? 'TRADITIONAL',
      theme: valid.theme ?? ROOT_THEME,
      status: 'DRAFT',
      gameMasterId: viewerId,
    });
    await insertMember(tx, { campaignId: campaign.id, userId: viewerId, role: 'GAME_MASTER' });
    return campaign;
  });
}
