import { badUserInput, connectionPage, decodeCursor, type Page, validateInput } from '@grimoire/platform';
import { z } from 'zod';

import { listAuditEvents as selectAuditEvents } from '../db/queries/audit-events.js';
import type { AuditEventRow } from '../db/tables/index.js';
import type { AccountsServices } from './types.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const argsSchema = z.object({
  first: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  after: z.string().optional(),
  userId: z.uuid('must be a user id (a UUID)').optional(),
});

/** Newest first. The caller has checked the actor is an admin. */
export async function listAuditEvents(
  services: AccountsServices,
  rawArgs: { first?: number | null; after?: string | null; userId?: string | null },
): Promise<Page<AuditEventRow>> {
  const args = validateInput(
    argsSchema,
    { first: rawArgs.first ?? undefined, after: rawArgs.after ?? undefined, userId: rawArgs.userId ?? undefined },
    '',
  );
  let beforeSequence: number | undefined;
  if (args.after !== undefined) {
    const [sequence] = decodeCursor(args.after, 1);
    if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence)) {
      throw badUserInput('The cursor is not valid. Pass an endCursor from a previous page.', { field: 'after' });
    }
    beforeSequence = sequence;
  }
  const rows = await selectAuditEvents(services.db, { limit: args.first + 1, beforeSequence, userId: args.userId });
  return connectionPage(rows, args.first, (row) => [row.sequence]);
}
