import { bench, describe } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

/** A guided level-5 Champion fighter: every level's choices, as a frontend wizard sends them. */
function levelFiveFighter(index: number) {
  return {
    name: `Recruit ${index}`,
    species: 'dwarf',
    background: 'soldier',
    classes: [{ class: 'fighter', level: 5, subclass: 'champion' }],
    abilityScores: { method: 'STANDARD_ARRAY', str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
    backgroundIncreases: { str: 2, con: 1 },
    skillProficiencies: ['acrobatics', 'perception'],
    firstLevel: { featureFeats: [{ feat: 'defense' }] },
    levels: [
      {},
      { subclass: 'champion' },
      { feat: { feat: 'ability-score-improvement', abilityIncreases: { str: 1, con: 1 } } },
      {},
    ],
  };
}

const CREATE_MANY = `mutation($inputs: [CreateCharacterInput!]!) {
  createCharacters(inputs: $inputs) { index character { id level armorClass { value } hitPoints { max { value } } } errors { message } }
}`;

/**
 * Target (issue 3): 100 level-5 characters created in one mutation in under 2 s end to end
 * through the router (real subgraphs, real PostgreSQL, the rules engine on every item).
 * vitest runs no beforeAll/afterAll hooks in bench mode, so the stack starts at module level and
 * stops in the task's teardown.
 */
const grimoire: TestStack = await startTestStack('bench_bulk');
const { accessToken } = await grimoire.signUp('Bencher');
const inputs = Array.from({ length: 100 }, (_, index) => levelFiveFighter(index));

async function createHundred(): Promise<void> {
  const result = await grimoire.query(CREATE_MANY, { inputs }, accessToken);
  const results = (result.data?.createCharacters ?? []) as { character: { level: number } | null; errors: unknown[] }[];
  // The benchmark must measure success, not fast failures.
  if (result.errors || results.length !== 100 || !results.every((item) => item.character?.level === 5)) {
    throw new Error(
      `bulk creation failed: ${JSON.stringify(result.errors ?? results.find((item) => item.errors.length))}`,
    );
  }
}

describe('bulk character creation through the router', () => {
  bench('createCharacters: 100 guided level-5 fighters', createHundred, {
    iterations: 10,
    warmupIterations: 2,
    time: 0,
    teardown: async (_task, mode) => {
      if (mode === 'run') await grimoire.stop();
    },
  });
});
