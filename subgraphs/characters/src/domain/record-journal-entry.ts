import {
  badUserInput,
  connectionPage,
  decodeCursor,
  forbidden,
  isUuid,
  notFound,
  type Page,
  parseId,
  validateInput,
  parsePageSize,
} from '@grimoire/platform';
import { z } from 'zod';

import type { CharactersDb } from '../db/database.js';
import type { CharactersLoaders, JournalPageKey } from '../db/loaders.js';
import {
  deleteJournalEntryById,
  findJournalEntryById,
  insertJournalEntry,
  updateJournalEntryById,
} from '../db/queries/progress.js';
import type { JournalEntryRow } from '../db/tables/index.js';
import { loadOwnedCharacter } from './load-owned-character.js';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const sessionDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'must be a date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'must be a real calendar date',
  );
const titleSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const bodySchema = z.string().max(20_000, 'must be at most 20000 characters');
const campaignIdSchema = z.string().refine(isUuid, 'must be an id returned by this API (a UUID)');

const entrySchema = z.object({
  title: titleSchema,
  body: bodySchema,
  sessionDate: sessionDateSchema,
  campaignId: campaignIdSchema.nullish(),
});
const entryUpdateSchema = z.object({
  title: titleSchema.nullish(),
  body: bodySchema.nullish(),
  sessionDate: sessionDateSchema.nullish(),
  campaignId: campaignIdSchema.nullish(),
});

export type JournalEntryData = z.input<typeof entrySchema>;
export type JournalEntryUpdateData = z.input<typeof entryUpdateSchema>;

/** A session's entry in your character's journal. */
export async function addJournalEntry(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawInput: JournalEntryData,
): Promise<JournalEntryRow> {
  const characterId = parseId(rawId, 'id');
  const input = validateInput(entrySchema, rawInput);
  await loadOwnedCharacter(db, viewerId, characterId);
  return insertJournalEntry(db, {
    characterId,
    authorId: viewerId,
    title: input.title,
    body: input.body,
    sessionDate: input.sessionDate,
    campaignId: input.campaignId?.toLowerCase() ?? null,
  });
}

/** The entry and its character, if the viewer owns the character. */
async function ownedEntry(db: CharactersDb, viewerId: string, rawEntryId: string): Promise<JournalEntryRow> {
  const entryId = parseId(rawEntryId, 'entryId');
  const entry = await findJournalEntryById(db, entryId);
  if (!entry) throw notFound(`No journal entry has id ${entryId}.`, { field: 'entryId' });
  try {
    await loadOwnedCharacter(db, viewerId, entry.characterId);
  } catch {
    throw forbidden('Only the owner of this character may change its journal.');
  }
  return entry;
}

/** Changes the given fields of an entry (null clears the campaign; other nulls are ignored). */
export async function updateJournalEntry(
  db: CharactersDb,
  viewerId: string,
  rawEntryId: string,
  rawInput: JournalEntryUpdateData,
): Promise<JournalEntryRow> {
  const input = validateInput(entryUpdateSchema, rawInput);
  const entry = await ownedEntry(db, viewerId, rawEntryId);
  const updated = await updateJournalEntryById(db, entry.id, {
    ...(input.title != null ? { title: input.title } : {}),
    ...(input.body != null ? { body: input.body } : {}),
    ...(input.sessionDate != null ? { sessionDate: input.sessionDate } : {}),
    ...(input.campaignId !== undefined ? { campaignId: input.campaignId?.toLowerCase() ?? null } : {}),
  });
  if (!updated) throw notFound(`No journal entry has id ${entry.id}.`, { field: 'entryId' });
  return updated;
}

export async function deleteJournalEntry(db: CharactersDb, viewerId: string, rawEntryId: string): Promise<string> {
  const entry = await ownedEntry(db, viewerId, rawEntryId);
  if (!(await deleteJournalEntryById(db, entry.id)))
    throw notFound(`No journal entry has id ${entry.id}.`, { field: 'entryId' });
  return entry.id;
}

/** A page of a character's journal, newest session first (readable like the character). */
export async function listJournalEntries(
  loaders: CharactersLoaders,
  characterId: string,
  page: { first?: number | null; after?: string | null },
): Promise<Page<JournalEntryRow>> {
  const first = parsePageSize(page.first);
  let after: JournalPageKey['after'] = null;
  if (page.after) {
    const [sessionDate, createdAt, id] = decodeCursor(page.after, 3);
    const date = typeof createdAt === 'string' ? new Date(createdAt) : new Date(Number.NaN);
    if (
      typeof sessionDate !== 'string' ||
      !DATE_PATTERN.test(sessionDate) ||
      Number.isNaN(date.getTime()) ||
      !isUuid(id)
    )
      throw badUserInput('The cursor is not valid. Pass an endCursor from a previous page.', { field: 'after' });
    after = { sessionDate, createdAt: date, id };
  }
  const rows = await loaders.journalPage.load({ characterId, limit: first + 1, after });
  return connectionPage(rows, first, (row) => [row.sessionDate, row.createdAt.toISOString(), row.id]);
}
