import { forbidden, type Identity } from '@grimoire/platform';

import type { MemberRuleProfile } from '../../db/loaders.js';
import { touchCampaign } from '../../db/queries/campaigns.js';
import { listAllowedHomebrewOfCampaignsForMember } from '../../db/queries/homebrew.js';
import { deleteRuleProfile, upsertRuleProfile } from '../../db/queries/rule-profiles.js';
import type { CampaignRuleProfileRow } from '../../db/tables/campaign-rule-profiles.js';
import type { CampaignRow } from '../../db/tables/index.js';
import { assertCanEditCampaign } from '../authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { checkRuleProfileInput, type RuleProfileInput } from './rule-profile-input.js';

/** The profile is campaign configuration: the game masters, until the campaign is archived. */
const CHANGE_RULE_PROFILE: CampaignWriteRule = { authorize: assertCanEditCampaign, activity: 'CHANGE' };

/**
 * The game masters set the rules the campaign plays by (the whole profile at once). Ids are
 * checked against the SRD and the homebrew the campaign allows; the characters subgraph applies
 * the profile to the party in `Character.validation`.
 */
export async function setCampaignRuleProfile(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
  input: RuleProfileInput,
): Promise<CampaignRow> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, CHANGE_RULE_PROFILE);
  // The viewer is a game master, hence a member: the member-scoped list is the campaign's list.
  const campaignHomebrew = (
    await listAllowedHomebrewOfCampaignsForMember(deps.db, [campaign.id], viewer.userId)
  ).flatMap((row) => (row.homebrewId === null ? [] : [row.homebrewId]));
  const values = checkRuleProfileInput(input, campaignHomebrew);
  return inCampaignTransaction(deps.db, campaign.id, CHANGE_RULE_PROFILE, async (tx) => {
    await upsertRuleProfile(tx, { campaignId: campaign.id, ...values, updatedBy: viewer.userId });
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/** The game masters drop the profile: the campaign then limits nothing beyond the rules. Idempotent. */
export async function clearCampaignRuleProfile(
  deps: Pick<CampaignsDependencies, 'db'>,
  viewer: Identity,
  rawCampaignId: string,
): Promise<CampaignRow> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, CHANGE_RULE_PROFILE);
  return inCampaignTransaction(deps.db, campaign.id, CHANGE_RULE_PROFILE, async (tx) => {
    if (!(await deleteRuleProfile(tx, campaign.id))) return campaign;
    return (await touchCampaign(tx, campaign.id)) ?? campaign;
  });
}

/** Members only: the campaign's profile, or null when it has none. */
export async function viewRuleProfile(
  deps: { loadProfile(campaignId: string): Promise<MemberRuleProfile> },
  campaignId: string,
): Promise<CampaignRuleProfileRow | null> {
  const found = await deps.loadProfile(campaignId);
  if (found === null) throw forbidden('Only members of this campaign may see its rule profile.');
  return found.profile;
}
