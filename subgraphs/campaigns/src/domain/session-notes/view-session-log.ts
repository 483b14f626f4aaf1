import {
  forbidden,
  notFound,
  PAGE_SIZE_DEFAULT,
  type Page,
  parseId,
  parsePageSize,
  connectionPage,
  decodeCursor,
} from '@grimoire/platform';

import type { CampaignsLoaders } from '../../db/loaders.js';
import type { SessionLogLoaders } from '../../db/session-log-loaders.js';
import type { SessionNoteRow, TableEventRow } from '../../db/tables/index.js';

/** What reading the session log needs: the request's loaders (one statement per batch). */
export type SessionLogReaders = SessionLogLoaders & Pick<CampaignsLoaders, 'membersByCampaignId'>;

/** Members (any role) read a campaign's table events and session notes. */
export async function assertMemberOf(readers: SessionLogReaders, viewerId: string, campaignId: string): Promise<void> {
  const members = await readers.membersByCampaignId.load(campaignId);
  if (!members.some((member) => member.userId === viewerId)) {
    throw forbidden('Only members of this campaign may read its session log.');
  }
}

/** One table event, for a member of its campaign; null when no event has the id. */
export async function viewTableEvent(
  readers: SessionLogReaders,
  viewerId: string,
  rawId: string,
): Promise<TableEventRow | null> {
  const event = await readers.tableEventById.load(parseId(rawId, 'id'));
  if (!event) return null;
  await assertMemberOf(readers, viewerId, event.campaignId);
  return event;
}

/** A page of a campaign's table events, newest first. */
export async function pageTableEvents(
  readers: SessionLogReaders,
  viewerId: string,
  campaignId: string,
  args: { first?: number | null; after?: string | null },
): Promise<Page<TableEventRow>> {
  await assertMemberOf(readers, viewerId, campaignId);
  const first = parsePageSize(args.first ?? PAGE_SIZE_DEFAULT);
  const after = args.after ? decodeCursor(args.after, 2) : null;
  const rows = await readers.tableEventPage.load({
    campaignId,
    limit: first + 1,
    after: after ? { recordedAt: String(after[0]), id: String(after[1]) } : null,
  });
  return connectionPage(rows, first, (row) => [row.recordedAt.toISOString(), row.id]);
}

/** A campaign's session notes in session order. */
export async function listSessionNotes(
  readers: SessionLogReaders,
  viewerId: string,
  campaignId: string,
): Promise<SessionNoteRow[]> {
  await assertMemberOf(readers, viewerId, campaignId);
  return readers.sessionNotesByCampaignId.load(campaignId);
}

/** One session note, for a member of its campaign; NOT_FOUND when no note has the id. */
export async function viewSessionNote(
  readers: SessionLogReaders,
  viewerId: string,
  rawId: string,
): Promise<SessionNoteRow> {
  const id = parseId(rawId, 'id');
  const note = await readers.sessionNoteById.load(id);
  if (!note) throw notFound(`No session note has id ${id}.`, { field: 'id' });
  await assertMemberOf(readers, viewerId, note.campaignId);
  return note;
}
