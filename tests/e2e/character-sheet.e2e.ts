import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectEvents, startTestStack, type TestStack } from '../harness/test-stack.js';

const SHEET = `id name version level
  species { id name } background { id name } classes { level class { id name } }
  abilityScores { str { score modifier } con { score modifier } }
  proficiencyBonus armorClass { value breakdown { source amount } } initiative { value }
  hitPoints { max { value breakdown { source amount } } current temp }
  feats { source feat { id name } }
  validation { valid complete issues { ruleId } }`;

/**
 * A character through the router: guided creation, the derived sheet with catalog names resolved
 * by the catalog subgraph, homebrew from the catalog used by the rules, and the live sheet.
 */
describe('character sheet through the router', () => {
  let grimoire: TestStack;

  beforeAll(async () => {
    grimoire = await startTestStack('character_sheet');
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('creates a guided character and reads its derived stats with catalog names', async () => {
    const { accessToken } = await grimoire.signUp('Builder');
    const created = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { ${SHEET} } }`,
      {
        input: {
          name: 'Bruenor',
          species: 'dwarf',
          background: 'soldier',
          classes: [{ class: 'fighter', level: 1 }],
          abilityScores: { method: 'STANDARD_ARRAY', str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
          backgroundIncreases: { str: 2, con: 1 },
          skillProficiencies: ['acrobatics', 'perception'],
          firstLevel: { featureFeats: [{ feat: 'defense' }] },
        },
      },
      accessToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCharacter).toMatchObject({
      name: 'Bruenor',
      version: 1,
      level: 1,
      species: { id: 'dwarf', name: 'Dwarf' },
      background: { id: 'soldier', name: 'Soldier' },
      classes: [{ level: 1, class: { id: 'fighter', name: 'Fighter' } }],
      abilityScores: { str: { score: 17, modifier: 3 }, con: { score: 15, modifier: 2 } },
      proficiencyBonus: 2,
      hitPoints: { max: { value: 13 }, current: 13, temp: 0 },
      validation: { valid: true, complete: true, issues: [] },
    });
    expect(created.data!.createCharacter.feats).toEqual(
      expect.arrayContaining([{ source: 'background', feat: { id: 'savage-attacker', name: 'Savage Attacker' } }]),
    );
  });

  it('derives a sheet with the owner’s homebrew feat from the catalog, and streams changes', async () => {
    const { accessToken } = await grimoire.signUp('Brewer');
    const feat = await grimoire.query(
      `mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id name } }`,
      {
        input: {
          name: 'Quick Draw',
          category: 'GENERAL',
          repeatable: false,
          effects: [{ kind: 'INITIATIVE_BONUS', amount: 2 }],
        },
      },
      accessToken,
    );
    expect(feat.errors).toBeUndefined();
    const featId: string = feat.data!.createHomebrewFeat.id;

    const created = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id initiative { value breakdown { source amount } } feats { feat { id name } } } }`,
      {
        input: {
          name: 'Homebrewed',
          classes: [{ class: 'fighter', level: 4 }],
          abilityScores: { method: 'MANUAL', str: 15, dex: 14, con: 14, int: 10, wis: 10, cha: 10 },
          feats: [featId],
        },
      },
      accessToken,
    );
    expect(created.errors).toBeUndefined();
    const character = created.data!.createCharacter;
    expect(character.initiative).toEqual({
      value: 4,
      breakdown: [
        { source: 'DEX', amount: 2 },
        { source: 'Quick Draw', amount: 2 },
      ],
    });
    expect(character.feats).toEqual([{ feat: { id: featId, name: 'Quick Draw' } }]);

    const { accessToken: watcherToken } = await grimoire.signUp('Watcher');
    const client = grimoire.wsClient(watcherToken);
    const subscription = collectEvents(
      client,
      'subscription($id: ID!) { characterChanged(id: $id) { id name version initiative { value } } }',
      { id: character.id },
      1,
    );
    await subscription.started;
    await new Promise((resolve) => setTimeout(resolve, 300));
    const renamed = await grimoire.query(
      'mutation($id: ID!) { renameCharacter(id: $id, name: "Homebrewed Hero") { version } }',
      { id: character.id },
      accessToken,
    );
    expect(renamed.errors).toBeUndefined();
    expect(await subscription.events).toEqual([
      {
        data: { characterChanged: { id: character.id, name: 'Homebrewed Hero', version: 2, initiative: { value: 4 } } },
      },
    ]);
  });
});
