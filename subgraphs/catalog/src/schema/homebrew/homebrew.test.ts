import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { SRD_CONTENT } from '@grimoire/rules';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { homebrew } from '../../db/tables/index.js';
import {
  classInput,
  CREATE_CLASS,
  CREATE_SPELL,
  newUser,
  spellInput,
  startTestCatalog,
  type TestCatalog,
} from '../test-support.js';

const UPDATE_SPELL =
  'mutation($id: ID!, $input: HomebrewSpellInput!) { updateHomebrewSpell(id: $id, input: $input) { id name level powerScore { verdict } } }';
const UPDATE_FEAT =
  'mutation($id: ID!, $input: HomebrewFeatInput!) { updateHomebrewFeat(id: $id, input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteHomebrew(id: $id) }';
const CREATE_FEAT =
  'mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id name effects { kind summary } powerScore { score verdict reasons } } }';
const CREATE_ITEM =
  'mutation($input: HomebrewMagicItemInput!) { createHomebrewMagicItem(input: $input) { id baseItem { id } powerScore { verdict } } }';
const CREATE_SPECIES =
  'mutation($input: HomebrewSpeciesInput!) { createHomebrewSpecies(input: $input) { id lineages { id } powerScore { verdict } } }';
const HOMEBREW_CONTENT = 'query($ids: [ID!]!) { homebrewContent(ids: $ids) { id kind content } }';

const featInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Zz Steady Aim',
  category: 'GENERAL',
  repeatable: false,
  abilityIncrease: { amount: 1, from: ['DEX', 'WIS'], max: 20 },
  effects: [
    { kind: 'SKILL_PROFICIENCY', skill: 'perception' },
    { kind: 'INITIATIVE_BONUS', amountIsProficiencyBonus: true },
  ],
  ...overrides,
});
const speciesInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Zz Owlfolk',
  sizes: ['SMALL', 'MEDIUM'],
  speed: 30,
  traits: [{ name: 'Night Eyes', effects: [{ kind: 'DARKVISION', range: 60 }] }],
  ...overrides,
});
const itemInput = (overrides: Record<string, unknown> = {}) => ({
  name: 'Zz Amulet',
  category: 'Wondrous Item',
  rarity: 'UNCOMMON',
  requiresAttunement: true,
  effects: [{ kind: 'SAVING_THROW_BONUS', amount: 1, ability: 'WIS' }],
  ...overrides,
});

describe('homebrew', () => {
  let catalog: TestCatalog;
  const alice: Identity = newUser();
  const bob: Identity = newUser();
  let classId = '';

  beforeAll(async () => {
    catalog = await startTestCatalog('catalog_homebrew');
    const { body } = await catalog.gql(CREATE_CLASS, { input: classInput('Zz Runesmith') }, alice);
    expect(body.errors).toBeUndefined();
    classId = body.data.createHomebrewClass.id;
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  const rowCount = async () => (await catalog.subgraph.database.db.select({ value: count() }).from(homebrew))[0].value;
  const errorOf = (body: { errors?: { extensions?: Record<string, unknown>; message: string }[] }) => body.errors?.[0];

  it('creates a spell for its author, with an hb- id, the rules model and a power score', async () => {
    const { body } = await catalog.gql(CREATE_SPELL, { input: spellInput('Zz Ember Lance', [classId]) }, alice);
    expect(body.errors).toBeUndefined();
    const spell = body.data.createHomebrewSpell;
    expect(spell).toMatchObject({
      name: 'Zz Ember Lance',
      level: 1,
      school: 'EVOCATION',
      source: 'HOMEBREW',
      owner: { id: alice.userId },
    });
    expect(spell.id).toMatch(/^hb-[0-9a-f-]{36}$/);
    expect(spell.powerScore.verdict).toBe('BALANCED');
    expect(spell.powerScore.reasons.length).toBeGreaterThan(1);
    const overpowered = await catalog.gql(
      CREATE_SPELL,
      {
        input: spellInput('Zz Doom', [classId], {
          damage: { dice: { count: 12, sides: 12 }, damageType: 'FORCE', area: true },
        }),
      },
      alice,
    );
    expect(overpowered.body.data.createHomebrewSpell.powerScore.verdict).toBe('OVERPOWERED');
  });

  it('creates feats, magic items and species with structured effects', async () => {
    const feat = await catalog.gql(CREATE_FEAT, { input: featInput() }, alice);
    expect(feat.body.errors).toBeUndefined();
    expect(feat.body.data.createHomebrewFeat.effects).toEqual([
      { kind: 'SKILL_PROFICIENCY', summary: 'perception proficiency' },
      { kind: 'INITIATIVE_BONUS', summary: '+PB initiative' },
    ]);
    const weak = await catalog.gql(CREATE_FEAT, { input: featInput({ effects: [] }) }, alice);
    expect(weak.body.data.createHomebrewFeat.powerScore.verdict).toBe('UNDERPOWERED');
    expect(feat.body.data.createHomebrewFeat.powerScore.verdict).toBe('BALANCED');
    const baseItemId = SRD_CONTENT.equipment?.find((entry) => entry.kind === 'weapon')?.id;
    const item = await catalog.gql(
      CREATE_ITEM,
      { input: itemInput(baseItemId ? { baseItemId, category: 'Weapon' } : {}) },
      alice,
    );
    expect(item.body.errors).toBeUndefined();
    expect(item.body.data.createHomebrewMagicItem.baseItem).toEqual(baseItemId ? { id: baseItemId } : null);
    const species = await catalog.gql(
      CREATE_SPECIES,
      {
        input: speciesInput({
          lineages: [
            { name: 'Snowy', traits: [{ name: 'Cold Blood', effects: [{ kind: 'RESISTANCE', damageType: 'COLD' }] }] },
          ],
        }),
      },
      alice,
    );
    expect(species.body.errors).toBeUndefined();
    const speciesId = species.body.data.createHomebrewSpecies.id as string;
    expect(species.body.data.createHomebrewSpecies.lineages).toEqual([{ id: `${speciesId}:snowy` }]);
  });

  describe('validation', () => {
    it.each([
      ['an empty name', () => spellInput('  ', [classId]), 'input.name'],
      ['level 10', () => spellInput('X', [classId], { level: 10 }), 'input.level'],
      ['no classes', () => spellInput('X', []), 'input.classes'],
      ['an unknown class', () => spellInput('X', ['not-a-class']), 'input.classes.0'],
      ["someone else's class", () => spellInput('X', ['hb-00000000-0000-4000-8000-000000000000']), 'input.classes.0'],
      [
        'no components',
        () => spellInput('X', [classId], { components: { verbal: false, somatic: false } }),
        'input.components',
      ],
      [
        'd7 damage dice',
        () => spellInput('X', [classId], { damage: { dice: { count: 1, sides: 7 }, damageType: 'FIRE', area: false } }),
        'input.damage.dice.sides',
      ],
      ['an empty duration', () => spellInput('X', [classId], { duration: '' }), 'input.duration'],
    ])('rejects a spell with %s, naming the field, and writes nothing', async (_label, input, field) => {
      const before = await rowCount();
      const { body } = await catalog.gql(CREATE_SPELL, { input: input() }, alice);
      expect(errorOf(body)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(body)?.extensions?.field).toBe(field);
      expect(errorOf(body)?.message).toContain(field);
      expect(await rowCount()).toBe(before);
    });

    it.each([
      ['nothing in it', { effects: [], abilityIncrease: null }, 'input.effects'],
      ['an effect missing its ability', { effects: [{ kind: 'SAVING_THROW_PROFICIENCY' }] }, 'input.effects.0.ability'],
      [
        'an effect with a field its kind does not use',
        { effects: [{ kind: 'DARKVISION', range: 60, skill: 'stealth' }] },
        'input.effects.0.skill',
      ],
      ['an unknown skill', { effects: [{ kind: 'SKILL_EXPERTISE', skill: 'juggling' }] }, 'input.effects.0.skill'],
      ['a bonus out of range', { effects: [{ kind: 'ARMOR_CLASS_BONUS', amount: 9 }] }, 'input.effects.0.amount'],
      ['an unknown tool', { effects: [{ kind: 'ITEM_PROFICIENCY', item: 'laser-sword' }] }, 'input.effects.0.item'],
      ['speed not in 5-foot steps', { effects: [{ kind: 'SPEED_BONUS', amount: 7 }] }, 'input.effects.0.amount'],
      [
        'a repeated ability increase choice',
        { abilityIncrease: { amount: 1, from: ['DEX', 'DEX'], max: 20 } },
        'input.abilityIncrease.from',
      ],
      ['a prerequisite level of 25', { prerequisites: { minimumLevel: 25 } }, 'input.prerequisites.minimumLevel'],
    ])('rejects a feat with %s', async (_label, overrides, field) => {
      const { body } = await catalog.gql(CREATE_FEAT, { input: featInput(overrides) }, alice);
      expect(errorOf(body)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(body)?.extensions?.field).toBe(field);
    });

    it.each([
      ['magic item', CREATE_ITEM, itemInput({ baseItemId: 'not-an-item' }), 'input.baseItemId'],
      ['magic item', CREATE_ITEM, itemInput({ effects: [], description: null }), 'input.effects'],
      ['magic item', CREATE_ITEM, itemInput({ charges: { max: 0, recharge: 'DAWN' } }), 'input.charges.max'],
      ['species', CREATE_SPECIES, speciesInput({ traits: [] }), 'input.traits'],
      ['species', CREATE_SPECIES, speciesInput({ speed: 33 }), 'input.speed'],
      ['species', CREATE_SPECIES, speciesInput({ sizes: [] }), 'input.sizes'],
      ['species', CREATE_SPECIES, speciesInput({ traits: [{ name: 'A' }, { name: 'a' }] }), 'input.traits.1.name'],
      ['species', CREATE_SPECIES, speciesInput({ lineageRequired: true }), 'input.lineageRequired'],
      ['class', CREATE_CLASS, classInput('X', { features: [{ name: 'Late', level: 2 }] }), 'input.features'],
      ['class', CREATE_CLASS, classInput('X', { savingThrows: ['STR', 'DEX', 'CON'] }), 'input.savingThrows'],
      ['class', CREATE_CLASS, classInput('X', { hitDie: 7 }), 'input.hitDie'],
      [
        'class',
        CREATE_CLASS,
        classInput('X', { skillChoices: { count: 3, from: ['arcana'] } }),
        'input.skillChoices.count',
      ],
      [
        'class',
        CREATE_CLASS,
        classInput('X', { resources: [{ name: 'R', byLevel: [1, 2], recharge: 'LONG_REST' }] }),
        'input.resources.0.byLevel',
      ],
      ['class', CREATE_CLASS, classInput('X', { itemProficiencies: ['laser-sword'] }), 'input.itemProficiencies.0'],
      [
        'class',
        CREATE_CLASS,
        classInput('X', {
          features: [
            {
              name: 'Spark',
              level: 1,
              effects: [{ kind: 'RESOURCE', name: 'Sparks', amount: 2, recharge: 'NONE', resourceId: 'sparks' }],
            },
          ],
        }),
        'input.features.0.effects.0.recharge',
      ],
    ])('rejects an incomplete %s (%s)', async (_kind, mutation, input, field) => {
      const { body } = await catalog.gql(mutation, { input }, alice);
      expect(errorOf(body)?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errorOf(body)?.extensions?.field).toBe(field);
    });
  });

  describe('authorization', () => {
    let spellId = '';

    beforeAll(async () => {
      const { body } = await catalog.gql(CREATE_SPELL, { input: spellInput('Zz Guarded', [classId]) }, alice);
      spellId = body.data.createHomebrewSpell.id;
    });

    it('requires a signed-in user to create', async () => {
      const before = await rowCount();
      for (const [mutation, input] of [
        [CREATE_SPELL, spellInput('X', [classId])],
        [CREATE_FEAT, featInput()],
        [CREATE_CLASS, classInput('X')],
      ] as const) {
        const { body } = await catalog.gql(mutation, { input });
        expect(errorOf(body)?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect(await rowCount()).toBe(before);
    });

    it('lets only the author update or delete, with the right codes', async () => {
      const input = spellInput('Zz Hijacked', [classId]);
      const cases: [string, Record<string, unknown>, Identity | undefined, string][] = [
        [UPDATE_SPELL, { id: spellId, input }, undefined, 'UNAUTHENTICATED'],
        [UPDATE_SPELL, { id: spellId, input }, bob, 'FORBIDDEN'],
        [UPDATE_SPELL, { id: `hb-${randomUUID()}`, input }, alice, 'NOT_FOUND'],
        [UPDATE_SPELL, { id: 'fireball', input }, alice, 'BAD_USER_INPUT'],
        [UPDATE_SPELL, { id: 'hb-123', input }, alice, 'BAD_USER_INPUT'],
        [UPDATE_FEAT, { id: spellId, input: featInput() }, alice, 'BAD_USER_INPUT'],
        [DELETE, { id: spellId }, undefined, 'UNAUTHENTICATED'],
        [DELETE, { id: spellId }, bob, 'FORBIDDEN'],
        [DELETE, { id: `hb-${randomUUID()}` }, alice, 'NOT_FOUND'],
        [DELETE, { id: 'alert' }, alice, 'BAD_USER_INPUT'],
      ];
      for (const [mutation, variables, identity, code] of cases) {
        const { body } = await catalog.gql(mutation, variables, identity);
        expect(
          errorOf(body)?.extensions?.code,
          `${mutation.slice(9, 30)} ${JSON.stringify(variables).slice(0, 60)}`,
        ).toBe(code);
      }
      const { body } = await catalog.gql('query($id: ID!) { spell(id: $id) { name } }', { id: spellId }, alice);
      expect(body.data.spell.name).toBe('Zz Guarded');
    });

    it('updates in place and rescores, then deletes', async () => {
      const updated = await catalog.gql(
        UPDATE_SPELL,
        {
          id: spellId,
          input: spellInput('Zz Guarded II', [classId], {
            level: 0,
            damage: { dice: { count: 8, sides: 10 }, damageType: 'FIRE', area: false },
          }),
        },
        alice,
      );
      expect(updated.body.data.updateHomebrewSpell).toEqual({
        id: spellId,
        name: 'Zz Guarded II',
        level: 0,
        powerScore: { verdict: 'OVERPOWERED' },
      });
      const deleted = await catalog.gql(DELETE, { id: spellId }, alice);
      expect(deleted.body.data.deleteHomebrew).toBe(spellId);
      const { body } = await catalog.gql('query($id: ID!) { spell(id: $id) { name } }', { id: spellId }, alice);
      expect(body.data.spell).toBeNull();
    });

    it('hides homebrew from other users in lookups, lists and references', async () => {
      const { body } = await catalog.gql(CREATE_FEAT, { input: featInput({ name: 'Zz Secret Art' }) }, alice);
      const featId = body.data.createHomebrewFeat.id;
      const forBob = await catalog.gql(
        `query($id: ID!, $r: [_Any!]!) { feat(id: $id) { id } feats(filter: { search: "secret art" }) { edges { node { id } } } _entities(representations: $r) { ... on Feat { id } } }`,
        { id: featId, r: [{ __typename: 'Feat', id: featId }] },
        bob,
      );
      expect(forBob.body.data).toEqual({ feat: null, feats: { edges: [] }, _entities: [null] });
      const forAlice = await catalog.gql('query($id: ID!) { feat(id: $id) { id source } }', { id: featId }, alice);
      expect(forAlice.body.data.feat).toEqual({ id: featId, source: 'HOMEBREW' });
    });
  });

  describe('homebrewContent (internal read for the characters subgraph)', () => {
    it('returns the rules-model objects to their author, leaving out unknown ids', async () => {
      const spell = await catalog.gql(
        CREATE_SPELL,
        { input: spellInput('Zz Internal', [classId], { level: 2 }) },
        alice,
      );
      const spellId = spell.body.data.createHomebrewSpell.id;
      const missing = `hb-${randomUUID()}`;
      const { body } = await catalog.gql(HOMEBREW_CONTENT, { ids: [spellId, classId, missing, spellId] }, alice);
      expect(body.errors).toBeUndefined();
      const byId = Object.fromEntries(body.data.homebrewContent.map((entry: { id: string }) => [entry.id, entry]));
      expect(Object.keys(byId).sort()).toEqual([classId, spellId].sort());
      expect(byId[spellId]).toMatchObject({
        kind: 'SPELL',
        content: {
          id: spellId,
          name: 'Zz Internal',
          level: 2,
          school: 'evocation',
          classes: [classId],
          source: { kind: 'homebrew', ownerId: alice.userId },
          damage: { dice: { count: 3, sides: 6 }, type: 'fire', area: false },
        },
      });
      expect(byId[classId].content).toMatchObject({
        id: classId,
        hitDie: 8,
        savingThrows: ['int', 'wis'],
        spellcasting: { progression: 'full', spellList: classId },
      });
    });

    it('leaves out homebrew the caller may not see, exactly like unknown ids', async () => {
      const { body } = await catalog.gql(HOMEBREW_CONTENT, { ids: [classId, `hb-${randomUUID()}`] }, bob);
      expect(body.errors).toBeUndefined();
      expect(body.data.homebrewContent).toEqual([]);
    });

    it('refuses anonymous callers and malformed ids', async () => {
      const cases: [string[], Identity | undefined, string][] = [
        [[classId], undefined, 'UNAUTHENTICATED'],
        [['wizard'], alice, 'BAD_USER_INPUT'],
        [Array.from({ length: 101 }, () => classId), alice, 'BAD_USER_INPUT'],
      ];
      for (const [ids, identity, code] of cases) {
        const { body } = await catalog.gql(HOMEBREW_CONTENT, { ids }, identity);
        expect(errorOf(body)?.extensions?.code).toBe(code);
      }
    });
  });
});
