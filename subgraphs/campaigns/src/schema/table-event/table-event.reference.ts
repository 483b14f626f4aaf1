import type { ReferenceResolver } from '@grimoire/platform';

import type { CampaignsContext } from '../../context.js';
import { type TableEvent, tableEventFromRow } from './table-event.type.js';

/** Batched through the request's loader; null for unknown ids. */
export const tableEventReference: ReferenceResolver<CampaignsContext> = {
  async __resolveReference(reference, ctx): Promise<TableEvent | null> {
    const row = await ctx.sessionLog.tableEventById.load(reference.id);
    return row ? tableEventFromRow(row) : null;
  },
};
