import type { Identity } from '@grimoire/platform';
import { SRD_ATTRIBUTION, SRD_CONTENT } from '@grimoire/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { upsertDescriptions } from '../../db/queries/descriptions.js';
import {
  classInput,
  CREATE_CLASS,
  CREATE_SPELL,
  newUser,
  spellInput,
  startTestCatalog,
  type TestCatalog,
} from '../test-support.js';

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on CatalogEntry { id name source attribution }
} }`;

describe('catalog entities', () => {
  let catalog: TestCatalog;
  const alice: Identity = newUser();
  const ids: Record<string, string> = {};
  const spellIds: string[] = [];

  beforeAll(async () => {
    catalog = await startTestCatalog('catalog_entities');
    const createdClass = await catalog.gql(
      CREATE_CLASS,
      {
        input: classInput('Zz Warlockish', {
          spellcasting: {
            ability: 'CHA',
            progression: 'PACT',
            cantripsKnown: Array(20).fill(2),
            preparedSpells: Array(20).fill(2),
            ritualCasting: false,
          },
        }),
      },
      alice,
    );
    ids.CharacterClass = createdClass.body.data.createHomebrewClass.id;
    for (let index = 0; index < 50; index += 1) {
      const { body } = await catalog.gql(
        CREATE_SPELL,
        { input: spellInput(`Batch ${index}`, [ids.CharacterClass]) },
        alice,
      );
      spellIds.push(body.data.createHomebrewSpell.id);
    }
    ids.Spell = spellIds[0];
    const species = await catalog.gql(
      'mutation($input: HomebrewSpeciesInput!) { createHomebrewSpecies(input: $input) { id lineages { id } } }',
      {
        input: {
          name: 'Zz Merfolk',
          sizes: ['MEDIUM'],
          speed: 30,
          traits: [{ name: 'Amphibious', effects: [{ kind: 'MOVEMENT', mode: 'SWIM', speedEqualsWalking: true }] }],
          lineages: [
            {
              name: 'Deep',
              traits: [{ name: 'Deep Sight', effects: [{ kind: 'DARKVISION', range: 120 }] }],
              damageType: 'COLD',
            },
          ],
        },
      },
      alice,
    );
    ids.Species = species.body.data.createHomebrewSpecies.id;
    ids.Lineage = species.body.data.createHomebrewSpecies.lineages[0].id;
    const feat = await catalog.gql(
      'mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id } }',
      {
        input: {
          name: 'Zz Quick',
          category: 'ORIGIN',
          repeatable: false,
          effects: [{ kind: 'INITIATIVE_BONUS', amountIsProficiencyBonus: true }],
        },
      },
      alice,
    );
    ids.Feat = feat.body.data.createHomebrewFeat.id;
    const item = await catalog.gql(
      'mutation($input: HomebrewMagicItemInput!) { createHomebrewMagicItem(input: $input) { id } }',
      {
        input: {
          name: 'Zz Ring',
          category: 'Ring',
          rarity: 'RARE',
          requiresAttunement: true,
          effects: [{ kind: 'SAVING_THROW_BONUS', amount: 1 }],
        },
      },
      alice,
    );
    ids.MagicItem = item.body.data.createHomebrewMagicItem.id;
    ids.Condition = 'prone';
    const srdIds = {
      Subclass: SRD_CONTENT.subclasses?.[0]?.id,
      Background: SRD_CONTENT.backgrounds?.[0]?.id,
      Armor: SRD_CONTENT.equipment?.find((entry) => entry.kind === 'armor')?.id,
      Weapon: SRD_CONTENT.equipment?.find((entry) => entry.kind === 'weapon')?.id,
      Gear: SRD_CONTENT.equipment?.find((entry) => entry.kind !== 'armor' && entry.kind !== 'weapon')?.id,
    };
    for (const [typename, id] of Object.entries(srdIds)) if (id) ids[typename] = id;
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  it("resolves _entities of every entity type, null for unknown ids and for others' homebrew", async () => {
    const typenames = Object.keys(ids);
    expect(typenames.length).toBeGreaterThanOrEqual(8);
    const representations = typenames.flatMap((typename) => [
      { __typename: typename, id: ids[typename] },
      { __typename: typename, id: 'no-such-id' },
    ]);
    const { body } = await catalog.gql(ENTITIES, { r: representations }, alice);
    expect(body.errors).toBeUndefined();
    typenames.forEach((typename, index) => {
      expect(body.data._entities[index * 2], typename).toMatchObject({ __typename: typename, id: ids[typename] });
      expect(body.data._entities[index * 2 + 1], typename).toBeNull();
    });
    const stranger = await catalog.gql(
      ENTITIES,
      {
        r: [
          { __typename: 'Spell', id: ids.Spell },
          { __typename: 'Armor', id: ids.Weapon ?? 'x' },
        ],
      },
      newUser(),
    );
    expect(stranger.body.data._entities).toEqual([null, null]);
  });

  it('looks each one up by id', async () => {
    const lookups: [string, string][] = [
      ['characterClass', 'CharacterClass'],
      ['speciesById', 'Species'],
      ['lineage', 'Lineage'],
      ['feat', 'Feat'],
      ['spell', 'Spell'],
      ['magicItem', 'MagicItem'],
      ['condition', 'Condition'],
      ['subclass', 'Subclass'],
      ['background', 'Background'],
      ['equipmentItem', 'Armor'],
      ['item', 'MagicItem'],
    ];
    for (const [field, typename] of lookups) {
      if (!ids[typename]) continue;
      const { body } = await catalog.gql(
        `query($id: ID!) { ${field}(id: $id) { __typename id } }`,
        { id: ids[typename] },
        alice,
      );
      expect(body.data[field], field).toEqual({ __typename: typename, id: ids[typename] });
      const missing = await catalog.gql(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: 'hb-not-a-uuid' }, alice);
      expect(missing.body.data[field], field).toBeNull();
    }
  });

  it('batches references: 50 spells with descriptions and classes cost as many SQL statements as 1 or 2', async () => {
    const srdSpells = (SRD_CONTENT.spells ?? []).slice(0, 25).map((spell) => spell.id);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Spell { id description classes { id name } } } }`;
    const statementsFor = async (spellIdsToLoad: string[]) => {
      const before = catalog.subgraph.database.statementCount();
      const { body } = await catalog.gql(
        query,
        { r: spellIdsToLoad.map((id) => ({ __typename: 'Spell', id })) },
        alice,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.every((entity: unknown) => entity !== null)).toBe(true);
      return catalog.subgraph.database.statementCount() - before;
    };
    const one = await statementsFor(spellIds.slice(0, 1));
    const fifty = await statementsFor(spellIds);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
    if (srdSpells.length > 0) {
      // SRD spells resolve from memory; only their descriptions are read, in one batch whatever the count.
      expect(await statementsFor(srdSpells)).toBe(await statementsFor(srdSpells.slice(0, 1)));
      // Mixed: homebrew rows, their classes and SRD descriptions; SRD entries resolve a tick earlier,
      // so one loader may dispatch twice. Bounded either way, however many representations.
      expect(await statementsFor([spellIds[0], srdSpells[0]])).toBeLessThanOrEqual(4);
      expect(await statementsFor([...spellIds.slice(0, 25), ...srdSpells])).toBeLessThanOrEqual(4);
    }
  });

  it('joins imported descriptions, and exposes the CC-BY attribution', async () => {
    await upsertDescriptions(catalog.subgraph.database.db, [
      {
        kind: 'condition',
        contentId: 'prone',
        name: 'Prone',
        description: 'You are on the ground.',
        origin: '5e-database',
      },
    ]);
    const { body } = await catalog.gql(
      '{ catalogAttribution condition(id: "prone") { name description attribution } conditions { id description } }',
    );
    expect(body.data.catalogAttribution).toBe(SRD_ATTRIBUTION);
    expect(body.data.condition).toEqual({
      name: 'Prone',
      description: 'You are on the ground.',
      attribution: SRD_ATTRIBUTION,
    });
    expect(body.data.conditions).toHaveLength(15);
    expect(body.data.conditions.find((condition: { id: string }) => condition.id === 'blinded').description).toBeNull();
    const homebrew = await catalog.gql(
      'query($id: ID!) { spell(id: $id) { attribution description source owner { id } } }',
      { id: ids.Spell },
      alice,
    );
    expect(homebrew.body.data.spell).toEqual({
      attribution: null,
      description: 'Batch 0: a homebrew spell for tests.',
      source: 'HOMEBREW',
      owner: { id: alice.userId },
    });
  });

  it('builds the class table: proficiency bonus, features, resources and Pact Magic', async () => {
    const { body } = await catalog.gql(
      `query($id: ID!) { characterClass(id: $id) { levels { level proficiencyBonus grantsFeatChoice cantripsKnown spellSlots pactMagic { slots slotLevel } features { name description } resources { name value } } } }`,
      { id: ids.CharacterClass },
      alice,
    );
    const levels = body.data.characterClass.levels;
    expect(levels).toHaveLength(20);
    expect(levels.map((row: { proficiencyBonus: number }) => row.proficiencyBonus)).toEqual([
      2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6,
    ]);
    expect(levels[0].features).toEqual([{ name: 'Arcane Spark', description: null }]);
    expect(levels[3].grantsFeatChoice).toBe(true);
    expect(levels[4].resources).toEqual([{ name: 'Sparks', value: 2 }]);
    expect(levels[0].spellSlots).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(levels[10].pactMagic).toEqual({ slots: 3, slotLevel: 5 });
  });

  it('gives a full caster the spell slots of the class table', async () => {
    const wizard = (SRD_CONTENT.classes ?? []).find((entry) => entry.spellcasting?.progression === 'full');
    const created = await catalog.gql(CREATE_CLASS, { input: classInput('Zz Sage') }, alice);
    for (const id of [created.body.data.createHomebrewClass.id, wizard?.id].filter(Boolean)) {
      const { body } = await catalog.gql(
        'query($id: ID!) { characterClass(id: $id) { levels { spellSlots } } }',
        { id },
        alice,
      );
      const slots = body.data.characterClass.levels.map((row: { spellSlots: number[] }) => row.spellSlots);
      expect(slots[0]).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0]);
      expect(slots[4]).toEqual([4, 3, 2, 0, 0, 0, 0, 0, 0]);
      expect(slots[19]).toEqual([4, 3, 3, 3, 3, 2, 2, 1, 1]);
    }
  });

  it('exposes structured effects with typed fields', async () => {
    const { body } = await catalog.gql(
      'query($id: ID!) { speciesById(id: $id) { traits { effects { kind mode speed speedEqualsWalking summary } } lineages { id damageType species { id } traits { effects { kind range } } } } }',
      { id: ids.Species },
      alice,
    );
    expect(body.data.speciesById.traits[0].effects).toEqual([
      {
        kind: 'MOVEMENT',
        mode: 'SWIM',
        speed: null,
        speedEqualsWalking: true,
        summary: 'swim speed equal to walking speed',
      },
    ]);
    expect(body.data.speciesById.lineages[0]).toEqual({
      id: ids.Lineage,
      damageType: 'COLD',
      species: { id: ids.Species },
      traits: [{ effects: [{ kind: 'DARKVISION', range: 120 }] }],
    });
  });
});
