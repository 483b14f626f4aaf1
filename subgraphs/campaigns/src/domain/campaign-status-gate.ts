import { conflict } from '@grimoire/platform';

import type { CampaignStatus } from '../db/tables/index.js';

/**
 * What a campaign's status lets anyone do, on top of who may do it (authorize-campaign-action.ts).
 *
 * | activity | DRAFT | ACTIVE | PAUSED | COMPLETED | ARCHIVED |
 * | -------- | ----- | ------ | ------ | --------- | -------- |
 * | CHANGE   | ✓     | ✓      | ✓      | ✓         | —        |
 * | ADMIT    | ✓     | ✓      | ✓      | —         | —        |
 *
 * CHANGE: editing details, the rule profile, allowed homebrew or the story; removing members or
 * party characters; changing roles; revoking an invitation. ADMIT: adding a member, inviting,
 * accepting an invitation, bringing a character into the party.
 * A COMPLETED campaign is finished: nobody new joins it, but the game masters may still tidy it
 * up. An ARCHIVED campaign is read-only (only deleting it remains). Declining an invitation is
 * the invitee's own answer and always allowed; status moves and deletion follow the state machine.
 */
export type CampaignActivity = 'CHANGE' | 'ADMIT';

const ALLOWED_STATUSES: Readonly<Record<CampaignActivity, readonly CampaignStatus[]>> = {
  CHANGE: ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED'],
  ADMIT: ['DRAFT', 'ACTIVE', 'PAUSED'],
};

export function statusAllows(status: CampaignStatus, activity: CampaignActivity): boolean {
  return ALLOWED_STATUSES[activity].includes(status);
}

/** CONFLICT (with `extensions.status`) when the campaign's status rules the activity out. */
export function assertStatusAllows(campaign: { status: CampaignStatus }, activity: CampaignActivity): void {
  if (statusAllows(campaign.status, activity)) return;
  const reason =
    campaign.status === 'ARCHIVED' ? 'it is read-only' : 'nobody new joins it and no character enters its party';
  throw conflict(`This campaign is ${campaign.status}: ${reason}.`, { status: campaign.status });
}
