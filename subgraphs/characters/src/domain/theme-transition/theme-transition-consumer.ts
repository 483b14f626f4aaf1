import type { EventHandlerSpec, Logger, PubSub } from '@grimoire/platform';
import { ITEM_POLICIES, type RulesCatalog, THEME_IDS } from '@grimoire/rules';
import { z } from 'zod';

import type { CharactersTx } from '../../db/database.js';
import { findCharacterById } from '../../db/queries/characters.js';
import type { CharacterRow } from '../../db/tables/index.js';
import { applyCharacterChangeInTransaction } from '../apply-character-change.js';
import { publishCharacterChanged } from '../publish-character-events.js';
import { moveCharacterToTheme } from './move-character-to-theme.js';

/**
 * The bus contract with campaigns (its domain/themes/theme-transition-event.ts): one event per
 * party member, on the member's own aggregate, so a member's version commits with its processed
 * mark and one member failing never blocks another.
 */
export const THEME_TRANSITION_AGGREGATE = 'character-theme';
export const THEME_TRANSITIONED_EVENT = 'campaign.theme-transitioned';
export const THEME_TRANSITIONS_GROUP = 'characters.theme-transitions';

const policy = z.enum(ITEM_POLICIES);
const payloadSchema = z.object({
  transitionId: z.uuid(),
  campaignId: z.uuid(),
  characterId: z.uuid(),
  fromTheme: z.enum(THEME_IDS),
  toTheme: z.enum(THEME_IDS),
  itemPolicy: policy,
  itemPolicies: z.array(
    z.union([z.object({ entryId: z.string().min(1), policy }), z.object({ itemKey: z.string().min(1), policy })]),
  ),
  reason: z.string(),
  actorId: z.uuid(),
});

export interface ThemeTransitionConsumerDeps {
  pubsub: PubSub;
  logger: Logger;
  /** The catalog the character's items are named from (the SRD plus its owner's homebrew). */
  catalogFor(row: CharacterRow): Promise<RulesCatalog>;
}

/**
 * Applies a campaign's theme transition to one party member: a new character version (same id)
 * through the change pipeline, committed with the event's processed mark. A malformed event or a
 * character deleted since is logged and skipped (retrying cannot help); anything else throws and
 * is retried, then dead-lettered.
 */
export function themeTransitionConsumer(deps: ThemeTransitionConsumerDeps): EventHandlerSpec {
  return {
    group: THEME_TRANSITIONS_GROUP,
    aggregateTypes: [THEME_TRANSITION_AGGREGATE],
    async handle(event, eventsTx) {
      if (event.type !== THEME_TRANSITIONED_EVENT) return;
      const parsed = payloadSchema.safeParse(event.payload);
      if (!parsed.success) {
        deps.logger.error({ eventId: event.id, issues: parsed.error.issues }, 'malformed theme transition skipped');
        return;
      }
      const payload = parsed.data;
      // The consumer's transaction is this subgraph's database (the bus types it loosely).
      const tx = eventsTx as CharactersTx;
      const row = await findCharacterById(tx, payload.characterId);
      if (!row) {
        deps.logger.warn({ characterId: payload.characterId }, 'theme transition for a deleted character skipped');
        return;
      }
      const catalog = await deps.catalogFor(row);
      const applied = await applyCharacterChangeInTransaction(tx, {
        characterId: row.id,
        actorId: payload.actorId,
        reason: `Theme transition ${payload.fromTheme} → ${payload.toTheme}: ${payload.reason}`,
        themeTransitionId: payload.transitionId,
        // The campaign authorised its game master and named this member of its party.
        authorize: () => undefined,
        change: (state) =>
          moveCharacterToTheme(
            state,
            { theme: payload.toTheme, policy: payload.itemPolicy, overrides: payload.itemPolicies },
            catalog,
          ),
      });
      const version = applied.version?.version;
      if (version !== undefined) return () => publishCharacterChanged(deps.pubsub, row.id, version);
    },
  };
}
