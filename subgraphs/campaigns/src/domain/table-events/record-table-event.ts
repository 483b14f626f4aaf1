import { badUserInput, conflict, enqueueEvents, type Identity, notFound, parseId } from '@grimoire/platform';
import type { CampaignsTransaction } from '../../db/database.js';
import { lockCampaign } from '../../db/queries/campaigns.js';
import { listPartiesOfCampaigns } from '../../db/queries/party.js';
import { findSessionNoteInCampaign } from '../../db/queries/session-notes.js';
import { findTableEventsByIds, insertTableEvent, markTableEventReverted } from '../../db/queries/table-events.js';
import { outbox, type TableEventRow } from '../../db/tables/index.js';
import { assertCanRunTheTable } from '../authorize-campaign-action.js';
import type { CampaignsDependencies } from '../dependencies.js';
import { inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';
import { loadCampaignAccess } from '../load-campaign-access.js';
import { TABLE_RECORDS } from '../session-notes/manage-session-notes.js';
import { parseTableEventDetails, resolveTargets, type TableEventFields } from './parse-table-event-input.js';
import {
  TABLE_EVENT_AGGREGATE,
  TABLE_EVENT_RECORDED,
  TABLE_EVENT_REVERTED,
  type TableEventPayload,
} from './table-event-details.js';

export interface RecordTableEventInput extends TableEventFields {
  campaignId: string;
  /** Party members it applies to; the whole party when left out. */
  targetCharacterIds?: readonly string[] | null;
  sessionNoteId?: string | null;
  description?: string | null;
}

type TableEventDeps = Pick<CampaignsDependencies, 'db' | 'events'>;

/**
 * The game master (or a co-GM) records what happened at the table. The row and its
 * `table-event.recorded` bus event commit together; the characters subgraph applies it to each
 * target. Only an ACTIVE campaign is played.
 */
export async function recordTableEvent(
  deps: TableEventDeps,
  viewer: Identity,
  input: RecordTableEventInput,
  requestId?: string,
): Promise<TableEventRow> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewer.userId, input.campaignId, 'input.campaignId');
  assertCanRunTheTable(access);
  const details = parseTableEventDetails(input);
  const description = parseDescription(input.description);
  const sessionNoteId = input.sessionNoteId ? parseId(input.sessionNoteId, 'input.sessionNoteId') : null;
  const requested = input.targetCharacterIds?.map((id) => parseId(id, 'input.targetCharacterIds'));

  const row = await deps.db.transaction(async (tx) => {
    // Under the campaign's lock the status is current, and the party cannot change before the event is recorded.
    const status = (await lockCampaign(tx, campaign.id))?.status ?? campaign.status;
    if (status !== 'ACTIVE') {
      throw badUserInput(`Table events are recorded while a campaign is ACTIVE; this one is ${status}.`, {
        field: 'input.campaignId',
      });
    }
    const party = (await listPartiesOfCampaigns(tx, [campaign.id])).map((member) => member.characterId);
    const targetCharacterIds = resolveTargets(requested, party);
    if (sessionNoteId) await assertSessionNoteOfCampaign(tx, sessionNoteId, campaign.id);
    const recorded = await insertTableEvent(tx, {
      campaignId: campaign.id,
      sessionNoteId,
      details,
      targetCharacterIds,
      description,
      recordedBy: viewer.userId,
    });
    await enqueueTableEvent(tx, TABLE_EVENT_RECORDED, recorded, viewer.userId, requestId);
    return recorded;
  });
  deps.events.nudge();
  return row;
}

/**
 * Undoes a table event: the characters subgraph reverts what it actually applied to each
 * character (a new version each). CONFLICT when it was already reverted, or when the campaign
 * is ARCHIVED (read-only); a PAUSED or COMPLETED campaign may still correct its record.
 */
export async function revertTableEvent(
  deps: TableEventDeps,
  viewer: Identity,
  rawId: string,
  requestId?: string,
): Promise<TableEventRow> {
  const id = parseId(rawId, 'id');
  const [event] = await findTableEventsByIds(deps.db, [id]);
  if (!event) throw notFound(`No table event has id ${id}.`, { field: 'id' });
  await loadCampaignForWrite(deps.db, viewer.userId, event.campaignId, TABLE_RECORDS, 'id');
  const reverted = await inCampaignTransaction(deps.db, event.campaignId, TABLE_RECORDS, async (tx) => {
    const row = await markTableEventReverted(tx, id, viewer.userId);
    if (!row) throw conflict('This table event was already reverted.', { field: 'id' });
    await enqueueTableEvent(tx, TABLE_EVENT_REVERTED, row, viewer.userId, requestId);
    return row;
  });
  deps.events.nudge();
  return reverted;
}

function enqueueTableEvent(
  tx: CampaignsTransaction,
  type: string,
  row: TableEventRow,
  actorId: string,
  requestId: string | undefined,
) {
  const payload: TableEventPayload = {
    tableEventId: row.id,
    campaignId: row.campaignId,
    actorId,
    targetCharacterIds: row.targetCharacterIds,
    details: row.details,
  };
  // One aggregate per table event: its revert is applied after its recording, never before.
  return enqueueEvents(tx, outbox, [
    { type, aggregateType: TABLE_EVENT_AGGREGATE, aggregateId: row.id, payload, requestId },
  ]);
}

function parseDescription(raw: string | null | undefined): string | null {
  const description = raw?.trim() ?? '';
  if (description.length > 2000) {
    throw badUserInput('input.description: must be at most 2000 characters.', { field: 'input.description' });
  }
  return description === '' ? null : description;
}

async function assertSessionNoteOfCampaign(tx: CampaignsTransaction, sessionNoteId: string, campaignId: string) {
  if (!(await findSessionNoteInCampaign(tx, sessionNoteId, campaignId))) {
    throw badUserInput(`input.sessionNoteId: no session note ${sessionNoteId} in this campaign.`, {
      field: 'input.sessionNoteId',
    });
  }
}
