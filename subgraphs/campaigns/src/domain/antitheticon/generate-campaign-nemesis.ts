import { badUserInput, type Identity, validateInput } from '@grimoire/platform';
import { generateNemesis } from '@grimoire/rules';
import { z } from 'zod';

import { replaceNemesis } from '../../db/queries/antitheticon.js';
import { listPartiesOfCampaigns } from '../../db/queries/party.js';
import type { CampaignRow } from '../../db/tables/index.js';
import { assertCanRunNemesis } from '../authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import type { CampaignsDependencies } from '../dependencies.js';

/** A PostgreSQL integer, so the seed is stored as given. */
const seedSchema = z.number().int().min(-2_147_483_648).max(2_147_483_647);

/** The nemesis is shaped by the game masters while the campaign is played (not once COMPLETED). */
export const NEMESIS_WORK: CampaignWriteRule = { authorize: assertCanRunNemesis, activity: 'PLAY' };

/** An ANTITHETICON campaign, or BAD_USER_INPUT naming the argument. */
export function assertAntitheticon(campaign: CampaignRow, field = 'campaignId'): void {
  if (campaign.type !== 'ANTITHETICON') {
    throw badUserInput(`${field}: only an ANTITHETICON campaign has a nemesis; this one is ${campaign.type}.`, {
      field,
    });
  }
}

/**
 * The game masters (re)generate the nemesis of an ANTITHETICON campaign from its party and a
 * seed, offline and deterministically (@grimoire/rules generateNemesis): the same party and seed
 * give the same nemesis. A new generation replaces the previous nemesis with everything it had.
 */
export async function generateCampaignNemesis(
  deps: Pick<CampaignsDependencies, 'db' | 'characters'>,
  viewer: Identity,
  rawCampaignId: string,
  rawSeed: number,
  requestId?: string,
): Promise<CampaignRow> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, NEMESIS_WORK);
  assertAntitheticon(campaign);
  const seed = validateInput(seedSchema, rawSeed, 'seed');
  const party = (await listPartiesOfCampaigns(deps.db, [campaign.id])).map((member) => member.characterId);
  // Read before the transaction: no network call while the campaign is locked.
  const profiles = await deps.characters.profilesOf(party, viewer, requestId);
  if (profiles.length === 0) {
    throw badUserInput('campaignId: the nemesis mirrors the party, and this party has no characters yet.', {
      field: 'campaignId',
    });
  }
  const nemesis = generateNemesis(profiles, seed);
  await inCampaignTransaction(deps.db, campaign.id, NEMESIS_WORK, (tx) =>
    replaceNemesis(tx, campaign.id, nemesis, viewer.userId),
  );
  return campaign;
}
