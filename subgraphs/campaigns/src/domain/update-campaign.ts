import { badUserInput, type Identity, notFound, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import { updateCampaignDetails } from '../db/queries/campaigns.js';
import type { CampaignRow } from '../db/tables/index.js';
import { assertCanEditCampaign } from './authorize-campaign-action.js';
import { campaignDescriptionSchema, campaignNameSchema } from './create-campaign.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from './campaign-write.js';
import type { CampaignsDependencies } from './dependencies.js';

const EDIT_DETAILS: CampaignWriteRule = { authorize: assertCanEditCampaign, activity: 'CHANGE' };

const updateCampaignInputSchema = z.object({
  // Omitted (or null) keeps the name: a campaign always has one.
  name: campaignNameSchema.nullish(),
  // Omitted keeps the description; null or blank clears it.
  description: campaignDescriptionSchema.optional(),
});

export interface UpdateCampaignInput {
  name?: string | null | undefined;
  description?: string | null | undefined;
}

/** The game masters rename a campaign or change its description. */
export async function updateCampaign(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawId: string,
  input: UpdateCampaignInput,
): Promise<CampaignRow> {
  const valid = validateInput(updateCampaignInputSchema, input);
  const changes: { name?: string; description?: string | null } = {};
  if (valid.name != null) changes.name = valid.name;
  if (valid.description !== undefined) changes.description = valid.description;
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawId, EDIT_DETAILS, 'id');
  if (Object.keys(changes).length === 0) {
    throw badUserInput('input: give a name or a description to change.', { field: 'input' });
  }
  const updated = await inCampaignTransaction(deps.db, campaign.id, EDIT_DETAILS, (tx) =>
    updateCampaignDetails(tx, campaign.id, changes),
  );
  if (!updated) throw notFound(`No campaign has id ${campaign.id}.`, { field: 'id' });
  return updated;
}
