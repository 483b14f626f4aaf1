import { resolve } from 'node:path';

import {
  type RunningSubgraph,
  startSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
  type SubgraphSpec,
} from '@grimoire/platform';

import { type CatalogClient, createCatalogClient } from './clients/catalog-client.js';
import type { CharactersContext } from './context.js';
import type { CharactersTables } from './db/database.js';
import { createLoaders } from './db/loaders.js';
import { characters, characterVersions } from './db/tables/index.js';
import { CATALOG_STUBS } from './schema/catalog/catalog-stubs.js';
import { CharacterChangedResolver } from './schema/character/character-changed.resolver.js';
import { characterReference } from './schema/character/character.reference.js';
import { CharacterResolver } from './schema/character/character.resolver.js';
import { CharacterSheetResolver } from './schema/character/character-sheet.resolver.js';
import { InventoryResolver } from './schema/inventory/inventory.resolver.js';
import { CharacterVersionResolver } from './schema/character-version/character-version.resolver.js';

export type { CharactersContext } from './context.js';
export {
  CHARACTER_CHANGED_TOPIC,
  CHARACTER_DELETED_TOPIC,
  type CharacterEvent,
} from './domain/publish-character-events.js';
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
    CharacterChangedResolver,
    InventoryResolver,
  ],
  orphanedTypes: CATALOG_STUBS,
  references: { Character: characterReference },
};

export interface CharactersSubgraphOptions extends SubgraphOptions {
  /**
   * The catalog subgraph's GraphQL URL, for the homebrew a character uses. A function when the
   * launcher starts the catalog later; absent, characters referencing homebrew fail to derive
   * (SRD-only characters work).
   */
  catalogUrl?: string | (() => string | undefined) | undefined;
}

export function charactersSpec(options: CharactersSubgraphOptions): SubgraphSpec<CharactersTables, CharactersContext> {
  const catalog: CatalogClient = createCatalogClient({
    url: options.catalogUrl ?? (() => undefined),
    internalSecret: options.internalSecret,
  });
  return {
    name: 'characters',
    tables: { characters, characterVersions },
    migrationsFolder: resolve(import.meta.dirname, '../migrations'),
    schema: charactersSchema,
    createContext: (base, deps) => ({
      ...base,
      db: deps.database.db,
      pubsub: deps.pubsub,
      catalog,
      loaders: createLoaders(deps.database.db, { catalog, requestId: base.requestId }),
    }),
  };
}

export function startCharactersSubgraph(
  options: CharactersSubgraphOptions,
): Promise<RunningSubgraph<CharactersTables>> {
  return startSubgraph(charactersSpec(options), options);
}
