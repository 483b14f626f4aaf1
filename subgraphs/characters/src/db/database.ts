import type { Database } from '@grimoire/platform';

import type * as tables from './tables/index.js';

/** The tables this subgraph hands to drizzle (see server.ts). */
export interface CharactersTables extends Record<string, unknown> {
  characters: typeof tables.characters;
  characterVersions: typeof tables.characterVersions;
  journalEntries: typeof tables.journalEntries;
  experienceAwards: typeof tables.experienceAwards;
  progressMilestones: typeof tables.progressMilestones;
  quests: typeof tables.quests;
  npcRelationships: typeof tables.npcRelationships;
  outbox: typeof tables.outbox;
  processedEvents: typeof tables.processedEvents;
  tableEventApplications: typeof tables.tableEventApplications;
}

export type CharactersDatabase = Database<CharactersTables>;
/** The pool's drizzle handle. */
export type CharactersDb = CharactersDatabase['db'];
/** A transaction opened on it. */
export type CharactersTx = Parameters<Parameters<CharactersDb['transaction']>[0]>[0];
/** What queries take first: the pool or a transaction. */
export type CharactersExecutor = CharactersDb | CharactersTx;
