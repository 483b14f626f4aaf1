import { resolve } from 'node:path';

import {
  createOutboxReplayResolver,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
  type SubgraphSpec,
} from '@grimoire/platform';

import { createCampaignsClient } from './clients/campaigns-client.js';
import { type CatalogClient, createCatalogClient } from './clients/catalog-client.js';
import type { CharactersContext } from './context.js';
import type { CharactersTables } from './db/database.js';
import { createLoaders } from './db/loaders.js';
import { CHARACTER_AGGREGATE } from './domain/character-bus-events.js';
import {
  characters,
  characterVersions,
  experienceAwards,
  journalEntries,
  npcRelationships,
  outbox,
  processedEvents,
  progressMilestones,
  quests,
  tableEventApplications,
} from './db/tables/index.js';
import { CATALOG_STUBS } from './schema/catalog/catalog-stubs.js';
import { CharacterChangedResolver } from './schema/character/character-changed.resolver.js';
import { characterReference } from './schema/character/character.reference.js';
import { CharacterResolver } from './schema/character/character.resolver.js';
import { CharacterSheetResolver } from './schema/character/character-sheet.resolver.js';
import { JournalResolver } from './schema/journal/journal.resolver.js';
import { ProgressResolver } from './schema/progress/progress.resolver.js';
import { InventoryResolver } from './schema/inventory/inventory.resolver.js';
import { PlayStateResolver } from './schema/play-state/play-state.resolver.js';
import { SpellsResolver } from './schema/spells/spells.resolver.js';
import { CharacterVersionResolver } from './schema/character-version/character-version.resolver.js';
import { createTableEventLoaders } from './db/table-event-loaders.js';
import { tableEventsConsumer } from './domain/table-events/apply-table-events.js';
import { tableEventReference } from './schema/table-event/table-event.reference.js';
import {
  TableEventApplicationResolver,
  TableEventCharactersResolver,
} from './schema/table-event/table-event.resolver.js';
import { TableEvent } from './schema/table-event/table-event.type.js';
import { catalogForOwner, homebrewIdsIn } from './domain/rules-catalog.js';
import { themeTransitionConsumer } from './domain/theme-transition/theme-transition-consumer.js';
import { createThemeTransitionLoaders } from './db/theme-transition-loaders.js';
import {
  ThemeTransition,
  themeTransitionReference,
  ThemeTransitionVersionsResolver,
} from './schema/theme/theme-transition.resolver.js';

export type { CharactersContext } from './context.js';
export { CHARACTER_CHANGED_TOPIC, type CharacterEvent } from './domain/publish-character-events.js';
export { CHARACTER_AGGREGATE, CHARACTER_DELETED_EVENT } from './domain/character-bus-events.js';
export {
  applyCharacterChange,
  type CharacterChangeFunction,
  type CharacterChangeRequest,
} from './domain/apply-character-change.js';

export const charactersSchema: SubgraphSchemaDefinition<CharactersContext> = {
  resolvers: [
    CharacterResolver,
    CharacterSheetResolver,
    CharacterVersionResolver,
    TableEventCharactersResolver,
    TableEventApplicationResolver,
    CharacterChangedResolver,
    InventoryResolver,
    PlayStateResolver,
    SpellsResolver,
    JournalResolver,
    ProgressResolver,
    ThemeTransitionVersionsResolver,
    // Admins replay a character's events from this subgraph's outbox (dead letters: campaigns).
    createOutboxReplayResolver<CharactersContext>({
      field: 'replayCharacterEvents',
      aggregateTypes: [CHARACTER_AGGREGATE],
      depsOf: (ctx) => ({ bus: ctx.events, db: ctx.db }),
    }),
  ],
  // TableEvent is only extended here (fields resolved by event id), so nothing else reaches it.
  orphanedTypes: [...CATALOG_STUBS, TableEvent, ThemeTransition],
  references: {
    Character: characterReference,
    TableEvent: tableEventReference,
    ThemeTransition: themeTransitionReference,
  },
};

export interface CharactersSubgraphOptions extends SubgraphOptions {
  /**
   * The catalog subgraph's GraphQL URL, for the homebrew a character uses. A function when the
   * launcher starts the catalog later; absent, characters referencing homebrew fail to derive
   * (SRD-only characters work).
   */
  catalogUrl?: string | (() => string | undefined) | undefined;
  /**
   * The campaigns subgraph's GraphQL URL, to learn whether a viewer is the game master of a
   * campaign a character plays in (play-state changes). A function when the launcher starts
   * campaigns later (it does: campaigns needs this subgraph's URL); absent, only owners may
   * change play state of their characters and a game master's attempt fails.
   */
  campaignsUrl?: string | (() => string | undefined) | undefined;
}

export function charactersSpec(options: CharactersSubgraphOptions): SubgraphSpec<CharactersTables, CharactersContext> {
  const catalog: CatalogClient = createCatalogClient({
    url: options.catalogUrl ?? (() => undefined),
    internalSecret: options.internalSecret,
  });
  const campaigns = createCampaignsClient({
    url: options.campaignsUrl ?? (() => undefined),
    internalSecret: options.internalSecret,
  });
  return {
    name: 'characters',
    tables: {
      characters,
      characterVersions,
      journalEntries,
      experienceAwards,
      progressMilestones,
      quests,
      npcRelationships,
      outbox,
      processedEvents,
      tableEventApplications,
    },
    migrationsFolder: resolve(import.meta.dirname, '../migrations'),
    schema: charactersSchema,
    events: {
      outbox,
      processed: processedEvents,
      consumers: (deps) => [
        tableEventsConsumer({ catalog, pubsub: deps.pubsub, logger: deps.logger }),
        themeTransitionConsumer({
          pubsub: deps.pubsub,
          logger: deps.logger,
          catalogFor: (row) =>
            catalogForOwner(
              (owner, ids) => catalog.homebrewContent(owner, ids),
              row.ownerId,
              homebrewIdsIn([row.inventory.entries]),
            ),
        }),
      ],
    },
    createContext: (base, deps) => ({
      ...base,
      db: deps.database.db,
      pubsub: deps.pubsub,
      events: deps.events,
      tableEvents: createTableEventLoaders(deps.database.db),
      themeTransitions: createThemeTransitionLoaders(deps.database.db),
      catalog,
      campaigns,
      loaders: createLoaders(deps.database.db, {
        catalog,
        requestId: base.requestId,
        campaigns,
        viewer: base.viewer,
        logger: base.logger,
      }),
    }),
  };
}

export function startCharactersSubgraph(
  options: CharactersSubgraphOptions,
): Promise<RunningSubgraph<CharactersTables>> {
  return startSubgraph(charactersSpec(options), options);
}
