import { ABILITIES, CONDITIONS, DAMAGE_TYPES } from '@grimoire/rules';
import { z } from 'zod';

/**
 * The campaigns subgraph's `table-event.recorded` / `table-event.reverted` payload (its
 * domain/table-events/table-event-details.ts is the producer's side). Events come from another
 * service: parse them rather than trust them.
 */
export const TABLE_EVENT_AGGREGATE = 'table-event';
export const TABLE_EVENT_RECORDED = 'table-event.recorded';
export const TABLE_EVENT_REVERTED = 'table-event.reverted';

const count = z.number().int().min(0);
const coins = z.object({ cp: count, sp: count, ep: count, gp: count, pp: count });

const detailsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EXPERIENCE'), amount: count, distribution: z.enum(['SPLIT', 'EACH']) }),
  z.object({ kind: z.literal('DAMAGE'), amount: count, damageType: z.enum(DAMAGE_TYPES).nullable() }),
  z.object({ kind: z.literal('HEALING'), amount: count }),
  z.object({ kind: z.literal('CONDITION'), condition: z.enum(CONDITIONS), operation: z.enum(['ADD', 'REMOVE']) }),
  z.object({
    kind: z.literal('ITEM_GRANT'),
    itemId: z.string().nullable(),
    customName: z.string().nullable(),
    // Pounds per custom item; events recorded before campaigns sent it have none.
    customWeight: z.number().min(0).optional(),
    quantity: z.number().int().min(1),
  }),
  z.object({ kind: z.literal('CURRENCY_GRANT'), currency: coins }),
  z.object({
    kind: z.literal('ABILITY_CHANGE'),
    ability: z.enum(ABILITIES),
    mode: z.enum(['DELTA', 'SET']),
    value: z.number().int(),
  }),
  z.object({ kind: z.literal('REST'), rest: z.enum(['SHORT', 'LONG']) }),
]);

export const tableEventPayloadSchema = z.object({
  tableEventId: z.guid(),
  campaignId: z.guid(),
  actorId: z.guid(),
  targetCharacterIds: z.array(z.guid()),
  details: detailsSchema,
});

export type TableEventPayload = z.infer<typeof tableEventPayloadSchema>;
export type TableEventDetails = TableEventPayload['details'];
