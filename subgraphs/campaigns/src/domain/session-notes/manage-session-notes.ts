import { badUserInput, conflict, type Identity, notFound, parseId, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import type { CampaignsDb } from '../../db/database.js';
import { listMembersOfCampaigns } from '../../db/queries/members.js';
import {
  deleteSessionNote,
  findSessionNotesByIds,
  insertSessionNote,
  nextSessionNumber,
  updateSessionNote,
} from '../../db/queries/session-notes.js';
import type { SessionNoteRow } from '../../db/tables/index.js';
import { assertCanRunTheTable } from '../authorize-campaign-action.js';
import { type CampaignWriteRule, inCampaignTransaction, loadCampaignForWrite } from '../campaign-write.js';

/**
 * The game masters' record of the table (the session log, reverting a table event): kept while
 * the campaign is not ARCHIVED, so mistakes found after a session or the campaign's end can
 * still be put right.
 */
export const TABLE_RECORDS: CampaignWriteRule = { authorize: assertCanRunTheTable, activity: 'CHANGE' };

export interface SessionNoteFields {
  /** Session number, unique in the campaign; the next one when left out at creation. */
  number?: number | null;
  title?: string | null;
  narrative?: string | null;
  /** YYYY-MM-DD. */
  playedOn?: string | null;
  /** Members who were at the table. */
  presentUserIds?: readonly string[] | null;
}

const numberSchema = z.number().int('must be a whole number').min(1, 'must be at least 1').max(100_000);
const titleSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const narrativeSchema = z.string().max(50_000, 'must be at most 50000 characters');
const playedOnSchema = z.iso.date('must be a date (YYYY-MM-DD)');

/** The game masters write the session log (members read it; see view-session-log.ts). */
export async function createSessionNote(
  deps: { db: CampaignsDb },
  viewer: Identity,
  rawCampaignId: string,
  fields: SessionNoteFields,
): Promise<SessionNoteRow> {
  const { campaign } = await loadCampaignForWrite(deps.db, viewer.userId, rawCampaignId, TABLE_RECORDS);
  const values = await parseFields(deps.db, campaign.id, fields);
  const title = validateInput(titleSchema, fields.title ?? '', 'input.title');
  // Under the campaign's lock, two new notes cannot both take the next number.
  const { number, row } = await inCampaignTransaction(deps.db, campaign.id, TABLE_RECORDS, async (tx) => {
    const next = values.number ?? (await nextSessionNumber(tx, campaign.id));
    const inserted = await insertSessionNote(tx, {
      ...values,
      campaignId: campaign.id,
      number: next,
      title,
      createdBy: viewer.userId,
    });
    return { number: next, row: inserted };
  });
  if (!row) throw conflict(`Session ${number} already has a note in this campaign.`, { field: 'input.number' });
  return row;
}

export async function updateSessionNoteOf(
  deps: { db: CampaignsDb },
  viewer: Identity,
  rawId: string,
  fields: SessionNoteFields,
): Promise<SessionNoteRow> {
  const note = await loadNoteForGameMasters(deps.db, viewer, rawId);
  const values = await parseFields(deps.db, note.campaignId, fields);
  const title =
    fields.title === null || fields.title === undefined
      ? undefined
      : validateInput(titleSchema, fields.title, 'input.title');
  try {
    const changes = { ...values, ...(title ? { title } : {}) };
    return await inCampaignTransaction(
      deps.db,
      note.campaignId,
      TABLE_RECORDS,
      async (tx) => (await updateSessionNote(tx, note.id, changes)) ?? note,
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`Session ${values.number} already has a note in this campaign.`, { field: 'input.number' });
    }
    throw error;
  }
}

/** Deletes a note; its table events stay in the campaign's log, without a session. */
export async function deleteSessionNoteOf(deps: { db: CampaignsDb }, viewer: Identity, rawId: string): Promise<string> {
  const note = await loadNoteForGameMasters(deps.db, viewer, rawId);
  await inCampaignTransaction(deps.db, note.campaignId, TABLE_RECORDS, (tx) => deleteSessionNote(tx, note.id));
  return note.id;
}

async function loadNoteForGameMasters(db: CampaignsDb, viewer: Identity, rawId: string): Promise<SessionNoteRow> {
  const id = parseId(rawId, 'id');
  const [note] = await findSessionNotesByIds(db, [id]);
  if (!note) throw notFound(`No session note has id ${id}.`, { field: 'id' });
  await loadCampaignForWrite(db, viewer.userId, note.campaignId, TABLE_RECORDS, 'id');
  return note;
}

async function parseFields(db: CampaignsDb, campaignId: string, fields: SessionNoteFields) {
  const values: Partial<Pick<SessionNoteRow, 'number' | 'narrative' | 'playedOn' | 'presentUserIds'>> = {};
  if (fields.number !== null && fields.number !== undefined) {
    values.number = validateInput(numberSchema, fields.number, 'input.number');
  }
  if (fields.narrative !== null && fields.narrative !== undefined) {
    values.narrative = validateInput(narrativeSchema, fields.narrative, 'input.narrative');
  }
  if (fields.playedOn !== undefined) {
    values.playedOn =
      fields.playedOn === null ? null : validateInput(playedOnSchema, fields.playedOn, 'input.playedOn');
  }
  if (fields.presentUserIds !== null && fields.presentUserIds !== undefined) {
    values.presentUserIds = await parsePresentMembers(db, campaignId, fields.presentUserIds);
  }
  return values;
}

/** Those present must be members of the campaign. */
async function parsePresentMembers(db: CampaignsDb, campaignId: string, raw: readonly string[]): Promise<string[]> {
  const ids = [...new Set(raw.map((id) => parseId(id, 'input.presentUserIds')))];
  const members = new Set((await listMembersOfCampaigns(db, [campaignId])).map((member) => member.userId));
  const stranger = ids.find((userId) => !members.has(userId));
  if (stranger) {
    throw badUserInput(`input.presentUserIds: user ${stranger} is not a member of this campaign.`, {
      field: 'input.presentUserIds',
    });
  }
  return ids;
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}
