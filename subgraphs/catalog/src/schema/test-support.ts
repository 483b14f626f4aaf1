// Shared by this subgraph's tests only: a running catalog on a fresh database, and fixtures.
import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';

import type { CatalogTables } from '../db/database.js';
import { startCatalogSubgraph } from '../server.js';

export interface TestCatalog {
  subgraph: RunningSubgraph<CatalogTables>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed responses
  gql(query: string, variables?: Record<string, unknown>, identity?: Identity): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export async function startTestCatalog(label: string): Promise<TestCatalog> {
  const database: TestDatabase = await createTestDatabase(label);
  const subgraph = await startCatalogSubgraph(testSubgraphOptions(database));
  return {
    subgraph,
    gql: (query, variables = {}, identity) => postGraphQL(subgraph.url, query, variables, identity ? { identity } : {}),
    stop: async () => {
      await subgraph.stop();
      await database.drop();
    },
  };
}

export const newUser = (): Identity => ({ userId: randomUUID(), roles: ['PLAYER'] });

export const perLevel = (value: (level: number) => number): number[] =>
  Array.from({ length: 20 }, (_, index) => value(index + 1));

/** A complete homebrew class input (a full caster). */
export function classInput(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    description: `${name}: a homebrew class for tests.`,
    hitDie: 8,
    primaryAbilities: ['INT'],
    savingThrows: ['INT', 'WIS'],
    armorProficiencies: ['LIGHT'],
    weaponProficiencies: ['SIMPLE'],
    skillChoices: { count: 2, from: ['arcana', 'history', 'insight'] },
    features: [
      { name: 'Arcane Spark', level: 1, effects: [{ kind: 'SKILL_PROFICIENCY', skill: 'arcana' }] },
      { name: 'Ability Score Improvement', level: 4, grantsFeatChoice: true },
    ],
    resources: [{ name: 'Sparks', byLevel: perLevel((level) => Math.ceil(level / 4)), recharge: 'LONG_REST' }],
    spellcasting: {
      ability: 'INT',
      progression: 'FULL',
      cantripsKnown: perLevel((level) => (level < 4 ? 3 : 4)),
      preparedSpells: perLevel((level) => level + 3),
      ritualCasting: true,
    },
    ...overrides,
  };
}

/** A complete homebrew spell input. */
export function spellInput(name: string, classes: string[], overrides: Record<string, unknown> = {}) {
  return {
    name,
    description: `${name}: a homebrew spell for tests.`,
    level: 1,
    school: 'EVOCATION',
    classes,
    ritual: false,
    concentration: false,
    castingTime: 'Action',
    range: '60 feet',
    components: { verbal: true, somatic: true, material: null },
    duration: 'Instantaneous',
    damage: { dice: { count: 3, sides: 6 }, damageType: 'FIRE', area: false },
    ...overrides,
  };
}

export const CREATE_CLASS =
  'mutation($input: HomebrewClassInput!) { createHomebrewClass(input: $input) { id name source } }';
export const CREATE_SPELL = `mutation($input: HomebrewSpellInput!) {
  createHomebrewSpell(input: $input) { id name level school source owner { id } powerScore { score verdict reasons } }
}`;
