import { isUuid } from '@grimoire/platform';
import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import { groupBy } from './loaders.js';
import { findSessionNotesByIds, listSessionNotesOfCampaigns } from './queries/session-notes.js';
import {
  findTableEventsByIds,
  listTableEventPages,
  listTableEventsOfSessionNotes,
  type TableEventPageKey,
} from './queries/table-events.js';
import type { SessionNoteRow, TableEventRow } from './tables/index.js';

/** Loaders of the session log (table events, session notes); fresh per request. */
export interface SessionLogLoaders {
  tableEventById: DataLoader<string, TableEventRow | null>;
  /** A page of a campaign's table events, newest first (limit rows at most). */
  tableEventPage: DataLoader<TableEventPageKey, TableEventRow[], string>;
  tableEventsBySessionNoteId: DataLoader<string, TableEventRow[]>;
  sessionNoteById: DataLoader<string, SessionNoteRow | null>;
  sessionNotesByCampaignId: DataLoader<string, SessionNoteRow[]>;
}

export function createSessionLogLoaders(db: CampaignsDb): SessionLogLoaders {
  return {
    tableEventById: byId((ids) => findTableEventsByIds(db, ids)),
    tableEventPage: new DataLoader<TableEventPageKey, TableEventRow[], string>(
      async (keys) => {
        // Usually every key starts at the top (one statement); keys with other cursors get theirs.
        const byCursor = groupBy(keys, (key) => JSON.stringify(key.after));
        const rows = (await Promise.all([...byCursor.values()].map((group) => listTableEventPages(db, group)))).flat();
        return keys.map((key) => {
          const inPage = (row: TableEventRow) =>
            !key.after ||
            row.recordedAt.getTime() < new Date(key.after.recordedAt).getTime() ||
            (row.recordedAt.toISOString() === key.after.recordedAt && row.id < key.after.id);
          return rows.filter((row) => row.campaignId === key.campaignId && inPage(row)).slice(0, key.limit);
        });
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
    tableEventsBySessionNoteId: new DataLoader<string, TableEventRow[]>(async (noteIds) => {
      const grouped = groupBy(await listTableEventsOfSessionNotes(db, noteIds), (row) => row.sessionNoteId ?? '');
      return noteIds.map((id) => grouped.get(id) ?? []);
    }),
    sessionNoteById: byId((ids) => findSessionNotesByIds(db, ids)),
    sessionNotesByCampaignId: new DataLoader<string, SessionNoteRow[]>(async (campaignIds) => {
      const grouped = groupBy(await listSessionNotesOfCampaigns(db, campaignIds), (row) => row.campaignId);
      return campaignIds.map((id) => grouped.get(id) ?? []);
    }),
  };
}

function byId<TRow extends { id: string }>(load: (ids: string[]) => Promise<TRow[]>) {
  return new DataLoader<string, TRow | null>(async (ids) => {
    const rows = await load(ids.filter(isUuid).map((id) => id.toLowerCase()));
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id.toLowerCase()) ?? null);
  });
}
