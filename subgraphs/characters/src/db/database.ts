import type { Database } from '@grimoire/platform';

import type * as tables from './tables/index.js';

/** The tables this subgraph hands to drizzle (see server.ts). */
export interface CharactersTables extends Record<string, unknown> {
  characters: typeof tables.characters;
}

export type CharactersDatabase = Database<CharactersTables>;
/** The drizzle handle queries take first: the pool or a transaction. */
export type CharactersDb = CharactersDatabase['db'];
