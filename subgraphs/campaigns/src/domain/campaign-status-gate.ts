import { conflict } from '@grimoire/platform';

import type { CampaignStatus } from '../db/tables/index.js';

/**
 * What a campaign's status lets anyone do, on top of who may do it (authorize-campaign-action.ts).
 *
 * | activity | DRAFT | ACTIVE | PAUSED | COMPLETED | ARCHIVED |
 * | -------- | ----- | ------ | ------ | --------- | -------- |
 * | CHANGE   | ✓     | ✓      | ✓      | ✓         | —        |
 * | ADMIT    | ✓     | ✓      | ✓      | —         | —        |
 * | PLAY     | ✓     | ✓      | ✓      | —         | —        |
 *
 * CHANGE: editing details, the rule profile, allowed homebrew or the story; removing members or
 * party characters; changing roles; revoking an invitation. ADMIT: adding a member, inviting,
 * accepting an invitation, bringing a character into the party. PLAY: moving the game itself on —
 * a theme transition (it changes every party character) and the Antitheticon's nemesis
 * (generating it, its deceptions, revealing the next stage).
 * CHANGE also covers the rest of the game masters' record keeping: the session log and reverting
 * a table event (a mistake found after the session). Recording a table event needs an ACTIVE
 * campaign (record-table-event.ts).
 * A COMPLETED campaign is finished: nobody new joins it and it is no longer played, but the game
 * masters may still tidy it up (story, session log, reverts). An ARCHIVED campaign is read-only
 * (only deleting it remains). Declining an invitation is the invitee's own answer and always
 * allowed; status moves and deletion follow the state machine. A write checks the status once
 * more under the campaign's row lock (campaign-write.ts), so a concurrent status move cannot slip
 * in between the check and the write.
 */
export type CampaignActivity = 'CHANGE' | 'ADMIT' | 'PLAY';

const ALLOWED_STATUSES: Readonly<Record<CampaignActivity, readonly CampaignStatus[]>> = {
  CHANGE: ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED'],
  ADMIT: ['DRAFT', 'ACTIVE', 'PAUSED'],
  PLAY: ['DRAFT', 'ACTIVE', 'PAUSED'],
};

/** Why a (COMPLETED) campaign refuses the activity; an ARCHIVED one refuses everything as read-only. */
const REFUSAL_REASONS: Readonly<Record<CampaignActivity, string>> = {
  CHANGE: 'it is read-only',
  ADMIT: 'nobody new joins it and no character enters its party',
  PLAY: 'it is no longer played',
};

export function statusAllows(status: CampaignStatus, activity: CampaignActivity): boolean {
  return ALLOWED_STATUSES[activity].includes(status);
}

/** CONFLICT (with `extensions.status`) when the campaign's status rules the activity out. */
export function assertStatusAllows(campaign: { status: CampaignStatus }, activity: CampaignActivity): void {
  if (statusAllows(campaign.status, activity)) return;
  const reason = campaign.status === 'ARCHIVED' ? REFUSAL_REASONS.CHANGE : REFUSAL_REASONS[activity];
  throw conflict(`This campaign is ${campaign.status}: ${reason}.`, { status: campaign.status });
}
