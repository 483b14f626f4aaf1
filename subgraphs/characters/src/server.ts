import { resolve } from 'node:path';

import {
  type RunningSubgraph,
  startSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
  type SubgraphSpec,
} from '@grimoire/platform';

import type { CharactersContext } from './context.js';
import type { CharactersTables } from './db/database.js';
import { createLoaders } from './db/loaders.js';
import { characters } from './db/tables/index.js';
import { characterReference } from './schema/character/character.reference.js';
import { CharacterResolver } from './schema/character/character.resolver.js';

export type { CharactersContext } from './context.js';
export {
  CHARACTER_CHANGED_TOPIC,
  CHARACTER_DELETED_TOPIC,
  type CharacterEvent,
} from './domain/publish-character-events.js';

export const charactersSchema: SubgraphSchemaDefinition<CharactersContext> = {
  resolvers: [CharacterResolver],
  references: { Character: characterReference },
};

export const charactersSpec: SubgraphSpec<CharactersTables, CharactersContext> = {
  name: 'characters',
  tables: { characters },
  migrationsFolder: resolve(import.meta.dirname, '../migrations'),
  schema: charactersSchema,
  createContext: (base, deps) => ({
    ...base,
    db: deps.database.db,
    pubsub: deps.pubsub,
    loaders: createLoaders(deps.database.db),
  }),
};

export function startCharactersSubgraph(options: SubgraphOptions): Promise<RunningSubgraph<CharactersTables>> {
  return startSubgraph(charactersSpec, options);
}
