import { notFound } from '@grimoire/platform';

import type { CampaignsDb, CampaignsExecutor, CampaignsTransaction } from '../db/database.js';
import { lockCampaign } from '../db/queries/campaigns.js';
import type { CampaignRow } from '../db/tables/index.js';
import type { CampaignAccess } from './authorize-campaign-action.js';
import { assertStatusAllows, type CampaignActivity } from './campaign-status-gate.js';
import { loadCampaignAccess } from './load-campaign-access.js';

/** A kind of campaign write: who may make it and what the campaign's status must still allow. */
export interface CampaignWriteRule {
  /** FORBIDDEN unless the viewer may (one of the asserts of authorize-campaign-action.ts). */
  authorize: (access: CampaignAccess) => void;
  activity: CampaignActivity;
}

/**
 * The checks before a campaign write, in this order: the campaign exists (NOT_FOUND), the viewer
 * may (FORBIDDEN, so strangers learn nothing of its status), its status allows it (CONFLICT).
 * Done before validating anything else or asking another subgraph, so a refusal costs nothing.
 */
export async function loadCampaignForWrite(
  db: CampaignsExecutor,
  viewerId: string,
  rawCampaignId: string,
  rule: CampaignWriteRule,
  field = 'campaignId',
): Promise<{ campaign: CampaignRow; access: CampaignAccess }> {
  const loaded = await loadCampaignAccess(db, viewerId, rawCampaignId, field);
  rule.authorize(loaded.access);
  assertStatusAllows(loaded.campaign, rule.activity);
  return loaded;
}

/**
 * The first statement of the write's transaction: takes the campaign's row lock and checks the
 * status again under it. A status move updates that row, so it either waits for this write or
 * this write sees the new status and is refused before anything is written. Returns the campaign
 * as locked (its theme, say, is current until the transaction ends).
 */
export async function lockCampaignForWrite(
  tx: CampaignsExecutor,
  campaignId: string,
  rule: Pick<CampaignWriteRule, 'activity'>,
): Promise<CampaignRow> {
  const locked = await lockCampaign(tx, campaignId);
  if (!locked) throw notFound(`No campaign has id ${campaignId}.`, { field: 'campaignId' });
  assertStatusAllows(locked, rule.activity);
  return locked;
}

/**
 * Runs `work` in one transaction that starts with `lockCampaignForWrite` and hands it the locked
 * campaign: refused, it writes nothing.
 */
export function inCampaignTransaction<TResult>(
  db: CampaignsDb,
  campaignId: string,
  rule: Pick<CampaignWriteRule, 'activity'>,
  work: (tx: CampaignsTransaction, locked: CampaignRow) => Promise<TResult>,
): Promise<TResult> {
  return db.transaction(async (tx) => work(tx, await lockCampaignForWrite(tx, campaignId, rule)));
}
