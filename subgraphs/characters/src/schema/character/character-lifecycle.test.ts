import { randomUUID } from 'node:crypto';

import { type Identity, type RunningSubgraph, signIdentity } from '@grimoire/platform';
import {
  createTestDatabase,
  postGraphQL,
  TEST_INTERNAL_SECRET,
  type TestDatabase,
  testSubgraphOptions,
} from '@grimoire/platform/testing';
import { count, eq } from 'drizzle-orm';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import type { CharactersTables } from '../../db/database.js';
import { characters, characterVersions } from '../../db/tables/index.js';
import { startCharactersSubgraph } from '../../server.js';

const alice: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
const bob: Identity = { userId: randomUUID(), roles: ['PLAYER'] };

const SHEET = `id name version level edition isTemplate
  species { id } background { id } classes { class { id } level subclass { id } hitPointRolls }
  abilityScores { method str { score modifier breakdown { source amount } } dex { score modifier } con { score modifier } wis { score modifier } }
  proficiencyBonus
  initiative { value breakdown { source amount } }
  armorClass { value breakdown { source amount } }
  speed { value breakdown { source amount } }
  hitPoints { max { value breakdown { source amount } } current temp }
  savingThrows { ability proficient bonus { value } }
  skills { skill ability proficiency bonus { value } }
  passivePerception { value }
  spellcasting { classId ability saveDC { value } attackBonus { value } }
  spellSlots pactMagic { slots slotLevel }
  equipment { itemId quantity equipped attuned item { __typename ... on Armor { id } ... on MagicItem { id } } }
  validation { valid complete issues { ruleId severity path message suggestion } }`;

const CREATE = `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { ${SHEET} } }`;
const CHARACTER = `query($id: ID!) { character(id: $id) { ${SHEET} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateCharacterInput!) { updateCharacter(id: $id, expectedVersion: $v, input: $input) { id name version level abilityScores { str { score } } } }`;
const LEVEL_UP = `mutation($id: ID!, $v: Int!, $input: LevelUpInput!) { levelUp(id: $id, expectedVersion: $v, input: $input) { id version level classes { class { id } level subclass { id } hitPointRolls } hitPoints { max { value } } } }`;
const UNDO = `mutation($id: ID!, $v: Int!) { undoLevelUp(id: $id, expectedVersion: $v) { id version level hitPoints { max { value } } } }`;
const VERSIONS = `query($id: ID!, $first: Int, $after: String) { character(id: $id) { versions(first: $first, after: $after) {
  edges { cursor node { version reason milestone author { id } changes { path from to } } } pageInfo { hasNextPage endCursor } } } }`;
const VERSION = `query($id: ID!, $version: Int!) { characterVersion(id: $id, version: $version) { version reason milestone snapshot } }`;
const DIFF = `query($id: ID!, $from: Int!, $to: Int!) { characterVersionDiff(id: $id, from: $from, to: $to) { path from to } }`;
const RESTORE = `mutation($id: ID!, $version: Int!, $v: Int!) { restoreCharacterVersion(id: $id, version: $version, expectedVersion: $v) { id name version level } }`;
const MILESTONE = `mutation($id: ID!, $version: Int!, $name: String) { markCharacterMilestone(id: $id, version: $version, name: $name) { version milestone } }`;
const DUPLICATE = `mutation($id: ID!, $name: String!) { duplicateCharacter(id: $id, name: $name) { id name version level isTemplate owner { id } } }`;
const SET_TEMPLATE = `mutation($id: ID!, $t: Boolean!) { setCharacterTemplate(id: $id, isTemplate: $t) { id isTemplate version } }`;
const FROM_TEMPLATE = `mutation($id: ID!, $name: String!) { createCharacterFromTemplate(templateId: $id, name: $name) { id name level isTemplate owner { id } } }`;
const EXPORT = `query($id: ID!) { exportCharacter(id: $id) }`;
const IMPORT = `mutation($data: JSONObject!) { importCharacter(data: $data) { id name version level } }`;
const RENAME = 'mutation($id: ID!, $name: String!) { renameCharacter(id: $id, name: $name) { id name version } }';
const BULK_CREATE = `mutation($inputs: [CreateCharacterInput!]!) { createCharacters(inputs: $inputs) { index character { id level armorClass { value } } errors { code field message } } }`;
const BULK_VALIDATE = `mutation($inputs: [CreateCharacterInput!]!) { validateCharacters(inputs: $inputs) { index validation { valid complete issues { ruleId } } errors { code field } } }`;

/** A level-5 fighter copied from paper: chain mail, shield, cloak of protection (attuned). */
const PAPER_FIGHTER = {
  name: 'Paper Fighter',
  species: 'human',
  background: 'soldier',
  classes: [{ class: 'fighter', level: 5, subclass: 'champion' }],
  abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
  skillProficiencies: ['athletics', 'intimidation', 'perception', 'survival'],
  feats: ['savage-attacker', 'alert'],
  equipment: [
    { item: 'chain-mail', equipped: true },
    { item: 'shield', equipped: true },
    { item: 'cloak-of-protection', equipped: true, attuned: true },
    { item: 'longsword', equipped: true },
  ],
};

/** Guided level 1: dwarf soldier fighter with the standard array. */
const GUIDED_FIGHTER = {
  name: 'Guided Fighter',
  species: 'dwarf',
  background: 'soldier',
  classes: [{ class: 'fighter', level: 1 }],
  abilityScores: { method: 'STANDARD_ARRAY', str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
  backgroundIncreases: { str: 2, con: 1 },
  skillProficiencies: ['acrobatics', 'perception'],
  firstLevel: { featureFeats: [{ feat: 'defense' }] },
};

describe('characters lifecycle', () => {
  let database: TestDatabase;
  let subgraph: RunningSubgraph<CharactersTables>;
  let redis: boolean;
  const clients: Client[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('characters_lifecycle');
    const options = testSubgraphOptions(database);
    redis = Boolean(options.redisUrl);
    subgraph = await startCharactersSubgraph(options);
  });

  afterAll(async () => {
    await Promise.allSettled(clients.map(async (client) => client.dispose()));
    await subgraph?.stop();
    await database?.drop();
  });

  const gql = (query: string, variables: Record<string, unknown> = {}, identity?: Identity) =>
    postGraphQL(subgraph.url, query, variables, identity ? { identity } : {});

  async function ok(query: string, variables: Record<string, unknown>, identity: Identity) {
    const { body } = await gql(query, variables, identity);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }

  async function create(input: Record<string, unknown>, identity: Identity = alice) {
    return (await ok(CREATE, { input }, identity)).createCharacter;
  }

  async function versionCount(characterId: string): Promise<number> {
    const [row] = await subgraph.database.db
      .select({ value: count() })
      .from(characterVersions)
      .where(eq(characterVersions.characterId, characterId));
    return row!.value;
  }

  describe('creation', () => {
    it('accepts a name-only draft, reported as incomplete', async () => {
      const draft = await create({ name: 'Draft' });
      expect(draft).toMatchObject({
        name: 'Draft',
        version: 1,
        level: 0,
        edition: 'RULES_2024',
        classes: [],
        species: null,
      });
      expect(draft.validation.complete).toBe(false);
      expect(draft.validation.issues.map((issue: { ruleId: string }) => issue.ruleId)).toEqual(
        expect.arrayContaining(['species.missing', 'background.missing', 'classes.missing']),
      );
      expect(await versionCount(draft.id)).toBe(1);
    });

    it('creates a guided level-1 character that follows the rules', async () => {
      const hero = await create(GUIDED_FIGHTER);
      expect(hero.validation).toEqual({ valid: true, complete: true, issues: [] });
      expect(hero).toMatchObject({
        level: 1,
        species: { id: 'dwarf' },
        background: { id: 'soldier' },
        classes: [{ class: { id: 'fighter' }, level: 1, subclass: null }],
        proficiencyBonus: 2,
      });
      // STR 15 + 2 (Soldier), CON 14 + 1; d10 maximum + CON 2 + Dwarven Toughness 1.
      expect(hero.abilityScores.str).toMatchObject({ score: 17, modifier: 3 });
      expect(hero.abilityScores.str.breakdown).toEqual(
        expect.arrayContaining([expect.objectContaining({ amount: 15 }), expect.objectContaining({ amount: 2 })]),
      );
      expect(hero.hitPoints.max.value).toBe(13);
      expect(hero.hitPoints.current).toBe(13);
      const saves = Object.fromEntries(
        hero.savingThrows.map((save: { ability: string; proficient: boolean }) => [save.ability, save.proficient]),
      );
      expect(saves).toMatchObject({ STR: true, CON: true, DEX: false });
      expect(hero.skills).toHaveLength(18);
      expect(hero.skills.find((skill: { skill: string }) => skill.skill === 'perception')).toMatchObject({
        proficiency: 'PROFICIENT',
      });
    });

    it('derives a sheet copied from paper: level-5 fighter in chain mail with shield and cloak, AC 19', async () => {
      const fighter = await create(PAPER_FIGHTER);
      expect(fighter.armorClass).toEqual({
        value: 19,
        breakdown: [
          { source: 'Chain Mail', amount: 16 },
          { source: 'Shield', amount: 2 },
          { source: 'Cloak of Protection', amount: 1 },
        ],
      });
      expect(fighter).toMatchObject({
        level: 5,
        proficiencyBonus: 3,
        speed: { value: 30 },
        spellSlots: [0, 0, 0, 0, 0, 0, 0, 0, 0],
        pactMagic: null,
        spellcasting: [],
      });
      // 10 (first level) + 4 × 6 (fixed d10) + CON +2 × 5.
      expect(fighter.hitPoints.max.value).toBe(44);
      // DEX +1, Alert adds the proficiency bonus.
      expect(fighter.initiative).toEqual({
        value: 4,
        breakdown: [
          { source: 'DEX', amount: 1 },
          { source: 'Alert', amount: 3 },
        ],
      });
      // Cloak of Protection: +1 to every save; Fighter proficient in STR and CON.
      const saves = Object.fromEntries(
        fighter.savingThrows.map((save: { ability: string; bonus: { value: number } }) => [
          save.ability,
          save.bonus.value,
        ]),
      );
      expect(saves).toMatchObject({ STR: 3 + 3 + 1, CON: 2 + 3 + 1, DEX: 1 + 1, CHA: -1 + 1 });
      expect(fighter.passivePerception.value).toBe(10 + 1 + 3);
      expect(fighter.equipment).toContainEqual({
        itemId: 'chain-mail',
        quantity: 1,
        equipped: true,
        attuned: false,
        item: { __typename: 'Armor', id: 'chain-mail' },
      });
      expect(fighter.equipment).toContainEqual(
        expect.objectContaining({
          itemId: 'cloak-of-protection',
          item: { __typename: 'MagicItem', id: 'cloak-of-protection' },
        }),
      );
      // As copied it is legal, with choices still open (background increases, a skill, feats).
      expect(fighter.validation.valid).toBe(true);
      expect(fighter.validation.issues.map((issue: { ruleId: string }) => issue.ruleId)).toContain(
        'background-increases.missing',
      );
    });

    it('reports rule breaks in the validation report with rule id, path and a fix', async () => {
      const broken = await create({
        ...PAPER_FIGHTER,
        name: 'Rule Breaker',
        abilityScores: { method: 'POINT_BUY', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
        species: 'not-a-species',
        background: null,
        equipment: [
          { item: 'cloak-of-protection', attuned: true, equipped: true },
          { item: 'ring-of-protection', attuned: true, equipped: true },
          { item: 'amulet-of-health', attuned: true, equipped: true },
          { item: 'bracers-of-defense', attuned: true, equipped: true },
        ],
      });
      expect(broken.validation.valid).toBe(false);
      const byRule = new Map(broken.validation.issues.map((issue: { ruleId: string }) => [issue.ruleId, issue]));
      expect(byRule.get('species.unknown')).toMatchObject({ severity: 'ERROR', path: 'speciesId' });
      expect(byRule.get('attunement.max')).toMatchObject({ severity: 'ERROR' });
      expect([...byRule.keys()].some((rule) => String(rule).startsWith('ability-scores.point-buy'))).toBe(true);
      for (const issue of broken.validation.issues) expect(issue.message.length).toBeGreaterThan(5);
    });

    it('rejects guided creation that breaks a rule with BAD_USER_INPUT naming the field, writing nothing', async () => {
      const [before] = await subgraph.database.db.select({ value: count() }).from(characters);
      const { body } = await gql(
        CREATE,
        { input: { ...GUIDED_FIGHTER, skillProficiencies: ['arcana', 'perception'] } },
        alice,
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.extensions?.field).toBe('input.skillProficiencies');
      const [after] = await subgraph.database.db.select({ value: count() }).from(characters);
      expect(after!.value).toBe(before!.value);
    });
  });

  describe('level up, undo and concurrency', () => {
    it('levels up with choices, undoes the last level exactly, and refuses a stale expectedVersion', async () => {
      const hero = await create({ ...GUIDED_FIGHTER, name: 'Climber' });
      const two = (
        await ok(
          LEVEL_UP,
          { id: hero.id, v: 1, input: { class: 'fighter', hitPoints: { method: 'ROLLED', roll: 9 } } },
          alice,
        )
      ).levelUp;
      expect(two).toMatchObject({
        version: 2,
        level: 2,
        classes: [{ class: { id: 'fighter' }, level: 2, hitPointRolls: [9] }],
      });
      expect(two.hitPoints.max.value).toBe(13 + 9 + 2 + 1);
      const three = (
        await ok(LEVEL_UP, { id: hero.id, v: 2, input: { class: 'fighter', subclass: 'champion' } }, alice)
      ).levelUp;
      expect(three).toMatchObject({ version: 3, level: 3, classes: [{ subclass: { id: 'champion' } }] });

      // Level 4 without its feat choice is refused by the rules.
      const missing = await gql(LEVEL_UP, { id: hero.id, v: 3, input: { class: 'fighter' } }, alice);
      expect(missing.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(String(missing.body.errors?.[0]?.extensions?.field)).toMatch(/^input\./);

      const stale = await gql(LEVEL_UP, { id: hero.id, v: 2, input: { class: 'fighter' } }, alice);
      expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
      expect(stale.body.errors?.[0]?.message).toContain('version 3');

      const undone = (await ok(UNDO, { id: hero.id, v: 3 }, alice)).undoLevelUp;
      expect(undone).toMatchObject({ version: 4, level: 2, hitPoints: { max: { value: 25 } } });
      expect((await ok(CHARACTER, { id: hero.id }, alice)).character.classes).toEqual([
        { class: { id: 'fighter' }, level: 2, subclass: null, hitPointRolls: [9] },
      ]);
      // A sheet entered by hand has no level history to undo.
      const paper = await create({ ...PAPER_FIGHTER, name: 'No History' });
      const refused = await gql(UNDO, { id: paper.id, v: 1 }, alice);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('serialises concurrent edits: exactly one of two with the same expectedVersion wins', async () => {
      const hero = await create({ name: 'Contested' });
      const attempts = await Promise.all(
        ['First', 'Second'].map((name) => gql(UPDATE, { id: hero.id, v: 1, input: { name } }, alice)),
      );
      const codes = attempts.map((attempt) => attempt.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(await versionCount(hero.id)).toBe(2);
    });

    it('applies changes without expectedVersion (deltas) one after another, losing none', async () => {
      const hero = await create({ name: 'Busy' });
      await Promise.all(
        Array.from({ length: 8 }, (_, index) => gql(RENAME, { id: hero.id, name: `Busy ${index}` }, alice)),
      );
      const final = (await ok(CHARACTER, { id: hero.id }, alice)).character;
      expect(final.version).toBe(9);
      expect(await versionCount(hero.id)).toBe(9);
    });

    it('edits build fields by hand and records what changed', async () => {
      const hero = await create({ ...PAPER_FIGHTER, name: 'Editable' });
      const updated = (
        await ok(
          UPDATE,
          { id: hero.id, v: 1, input: { abilityScores: { ...PAPER_FIGHTER.abilityScores, str: 18 } } },
          alice,
        )
      ).updateCharacter;
      expect(updated).toMatchObject({ version: 2, abilityScores: { str: { score: 18 } } });
      const diff = (await ok(DIFF, { id: hero.id, from: 1, to: 2 }, alice)).characterVersionDiff;
      expect(diff).toEqual([{ path: 'build.abilityScores.base.str', from: 16, to: 18 }]);
    });
  });

  describe('versions', () => {
    it('lists versions newest first in pages, diffs, restores as a new version and names milestones', async () => {
      const hero = await create({ ...GUIDED_FIGHTER, name: 'Historian' });
      await ok(LEVEL_UP, { id: hero.id, v: 1, input: { class: 'fighter' } }, alice);
      await ok(RENAME, { id: hero.id, name: 'Historian II' }, alice);
      expect(await ok(MILESTONE, { id: hero.id, version: 1, name: 'Before the dragon' }, alice)).toEqual({
        markCharacterMilestone: { version: 1, milestone: 'Before the dragon' },
      });

      const first = (await ok(VERSIONS, { id: hero.id, first: 2 }, bob)).character.versions;
      expect(first.edges.map((edge: { node: { version: number } }) => edge.node.version)).toEqual([3, 2]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges[0].node).toMatchObject({ reason: 'Renamed to Historian II', author: { id: alice.userId } });
      expect(first.edges[0].node.changes).toEqual([
        { path: 'name', from: 'Climber'.replace('Climber', 'Historian'), to: 'Historian II' },
      ]);
      const second = (await ok(VERSIONS, { id: hero.id, first: 2, after: first.pageInfo.endCursor }, bob)).character
        .versions;
      expect(
        second.edges.map((edge: { node: { version: number; milestone: string | null } }) => [
          edge.node.version,
          edge.node.milestone,
        ]),
      ).toEqual([[1, 'Before the dragon']]);
      expect(second.pageInfo.hasNextPage).toBe(false);

      const diff = (await ok(DIFF, { id: hero.id, from: 1, to: 3 }, alice)).characterVersionDiff;
      expect(diff.map((change: { path: string }) => change.path)).toEqual(
        expect.arrayContaining(['name', 'build.classes[0].level']),
      );

      const restored = (await ok(RESTORE, { id: hero.id, version: 1, v: 3 }, alice)).restoreCharacterVersion;
      expect(restored).toMatchObject({ version: 4, level: 1, name: 'Historian' });
      const v1 = (await ok(VERSION, { id: hero.id, version: 1 }, alice)).characterVersion;
      const v4 = (await ok(VERSION, { id: hero.id, version: 4 }, alice)).characterVersion;
      expect(v4.snapshot).toEqual(v1.snapshot);
      expect(v4.reason).toBe('Restored version 1');
      expect((await gql(RESTORE, { id: hero.id, version: 1, v: 3 }, alice)).body.errors?.[0]?.extensions).toMatchObject(
        {
          code: 'CONFLICT',
          currentVersion: 4,
        },
      );
    });

    it('answers unknown versions and bad arguments with NOT_FOUND and BAD_USER_INPUT', async () => {
      const hero = await create({ name: 'Short History' });
      expect((await ok(VERSION, { id: hero.id, version: 9 }, alice)).characterVersion).toBeNull();
      const cases: [string, Record<string, unknown>, string][] = [
        [DIFF, { id: hero.id, from: 1, to: 9 }, 'NOT_FOUND'],
        [DIFF, { id: randomUUID(), from: 1, to: 1 }, 'NOT_FOUND'],
        [DIFF, { id: 'nope', from: 1, to: 1 }, 'BAD_USER_INPUT'],
        [DIFF, { id: hero.id, from: 0, to: 1 }, 'BAD_USER_INPUT'],
        [RESTORE, { id: hero.id, version: 9, v: 1 }, 'BAD_USER_INPUT'],
        [MILESTONE, { id: hero.id, version: 9, name: 'x' }, 'NOT_FOUND'],
        [MILESTONE, { id: hero.id, version: 1, name: '' }, 'BAD_USER_INPUT'],
        [VERSIONS, { id: hero.id, first: 101 }, 'BAD_USER_INPUT'],
        [VERSIONS, { id: hero.id, after: 'garbage' }, 'BAD_USER_INPUT'],
      ];
      for (const [query, variables, code] of cases) {
        const { body } = await gql(query, variables, alice);
        expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      }
    });
  });

  describe('duplicate, templates, export and import', () => {
    it('duplicates your own character and starts characters from templates', async () => {
      const hero = await create({ ...PAPER_FIGHTER, name: 'Original' });
      const copy = (await ok(DUPLICATE, { id: hero.id, name: 'Copy' }, alice)).duplicateCharacter;
      expect(copy).toMatchObject({
        name: 'Copy',
        version: 1,
        level: 5,
        isTemplate: false,
        owner: { id: alice.userId },
      });
      expect(copy.id).not.toBe(hero.id);

      expect((await gql(DUPLICATE, { id: hero.id, name: 'Stolen' }, bob)).body.errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await gql(FROM_TEMPLATE, { id: hero.id, name: 'Nope' }, bob)).body.errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );

      expect((await ok(SET_TEMPLATE, { id: hero.id, t: true }, alice)).setCharacterTemplate).toMatchObject({
        isTemplate: true,
        version: 2,
      });
      const fromTemplate = (await ok(FROM_TEMPLATE, { id: hero.id, name: "Bob's Fighter" }, bob))
        .createCharacterFromTemplate;
      expect(fromTemplate).toMatchObject({
        name: "Bob's Fighter",
        level: 5,
        isTemplate: false,
        owner: { id: bob.userId },
      });
      // Anyone may duplicate a template too.
      expect((await ok(DUPLICATE, { id: hero.id, name: 'Bob again' }, bob)).duplicateCharacter.owner.id).toBe(
        bob.userId,
      );
    });

    it('round-trips export → import → export (equal but for ids and timestamps)', async () => {
      const hero = await create({ ...GUIDED_FIGHTER, name: 'Traveller' });
      await ok(
        LEVEL_UP,
        { id: hero.id, v: 1, input: { class: 'fighter', hitPoints: { method: 'ROLLED', roll: 7 } } },
        alice,
      );
      const exported = (await ok(EXPORT, { id: hero.id }, alice)).exportCharacter;
      expect(exported).toMatchObject({
        format: 'grimoire.character',
        formatVersion: 1,
        exportedFrom: { id: hero.id, version: 2 },
      });
      const imported = (await ok(IMPORT, { data: exported }, bob)).importCharacter;
      expect(imported).toMatchObject({ name: 'Traveller', version: 1, level: 2 });
      const again = (await ok(EXPORT, { id: imported.id }, bob)).exportCharacter;
      const strip = (value: { exportedFrom: unknown }) => ({ ...value, exportedFrom: null });
      expect(strip(again)).toEqual(strip(exported));
      // The imported level history still undoes the last level.
      expect((await ok(UNDO, { id: imported.id, v: 1 }, bob)).undoLevelUp.level).toBe(1);
    });

    it('rejects malformed imports with BAD_USER_INPUT naming the field', async () => {
      const hero = await create({ name: 'Template Source' });
      const exported = (await ok(EXPORT, { id: hero.id }, alice)).exportCharacter;
      const cases: [unknown, string][] = [
        [{ ...exported, format: 'something-else' }, 'data.format'],
        [{ ...exported, character: { ...exported.character, name: '' } }, 'data.character.name'],
        [
          {
            ...exported,
            character: {
              ...exported.character,
              build: { ...exported.character.build, classes: [{ classId: 'fighter', level: 99 }] },
            },
          },
          'data.character.build.classes.0.level',
        ],
        [{ ...exported, character: { ...exported.character, padding: 'x'.repeat(300_000) } }, 'data'],
      ];
      for (const [data, field] of cases) {
        const { body } = await gql(IMPORT, { data }, alice);
        expect(body.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    });
  });

  describe('bulk', () => {
    it('creates 100 characters in one mutation with a result per item', async () => {
      const carol: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
      const inputs = Array.from({ length: 100 }, (_, index) => ({ ...PAPER_FIGHTER, name: `Soldier ${index}` }));
      const before = subgraph.database.statementCount();
      const results = (await ok(BULK_CREATE, { inputs }, carol)).createCharacters;
      const statements = subgraph.database.statementCount() - before;
      expect(results).toHaveLength(100);
      expect(
        results.every(
          (result: { character: { level: number; armorClass: { value: number } }; errors: unknown[] }) =>
            result.character.level === 5 && result.character.armorClass.value === 19 && result.errors.length === 0,
        ),
      ).toBe(true);
      expect(results.map((result: { index: number }) => result.index)).toEqual([...Array(100).keys()]);
      // Two inserts in one transaction (plus its begin/commit), whatever the count.
      expect(statements).toBeLessThanOrEqual(6);
    });

    it('rejects 101 items and reports per-item errors while creating the valid ones', async () => {
      const tooMany = Array.from({ length: 101 }, (_, index) => ({ name: `Extra ${index}` }));
      for (const query of [BULK_CREATE, BULK_VALIDATE]) {
        const { body } = await gql(query, { inputs: tooMany }, alice);
        expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
      }
      const results = (
        await ok(
          BULK_CREATE,
          { inputs: [{ name: 'Fine' }, { name: '' }, { ...GUIDED_FIGHTER, skillProficiencies: ['arcana'] }] },
          alice,
        )
      ).createCharacters;
      expect(results[0]).toMatchObject({ index: 0, errors: [] });
      expect(results[0].character).not.toBeNull();
      expect(results[1]).toMatchObject({
        index: 1,
        character: null,
        errors: [{ code: 'BAD_USER_INPUT', field: 'inputs.1.name' }],
      });
      expect(results[2]).toMatchObject({
        index: 2,
        character: null,
        errors: [{ code: 'BAD_USER_INPUT', field: 'inputs.2.skillProficiencies' }],
      });
    });

    it('validates up to 100 inputs without creating anything', async () => {
      const [before] = await subgraph.database.db.select({ value: count() }).from(characters);
      const results = (await ok(BULK_VALIDATE, { inputs: [GUIDED_FIGHTER, { name: 'Draft' }, { name: '  ' }] }, alice))
        .validateCharacters;
      expect(results[0]).toMatchObject({ index: 0, validation: { valid: true, complete: true }, errors: [] });
      expect(results[1].validation.complete).toBe(false);
      expect(results[2]).toMatchObject({ validation: null, errors: [{ field: 'inputs.2.name' }] });
      const [after] = await subgraph.database.db.select({ value: count() }).from(characters);
      expect(after!.value).toBe(before!.value);
    });
  });

  describe('derived stats per request', () => {
    it('derives each character once per request, and reads 30 characters with their versions in a constant number of statements', async () => {
      const dave: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
      const inputs = Array.from({ length: 30 }, (_, index) => ({ ...PAPER_FIGHTER, name: `Row ${index}` }));
      await ok(BULK_CREATE, { inputs }, dave);
      const LIST = `{ myCharacters(first: 30) { edges { node { id armorClass { value } hitPoints { max { value } } validation { valid } versions(first: 5) { edges { node { version } } } } } } }`;
      const before = subgraph.database.statementCount();
      const data = await ok(LIST, {}, dave);
      expect(data.myCharacters.edges).toHaveLength(30);
      expect(subgraph.database.statementCount() - before).toBe(2);
    });
  });

  describe('characterChanged subscription', () => {
    function subscribe(identity: Identity | null, id: string) {
      const client = createClient({
        url: subgraph.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: async () =>
          identity ? { grimoireIdentity: await signIdentity(TEST_INTERNAL_SECRET, identity) } : {},
      });
      clients.push(client);
      const iterable = client.iterate({
        query: 'subscription($id: ID!) { characterChanged(id: $id) { id name version level armorClass { value } } }',
        variables: { id },
      });
      return iterable[Symbol.asyncIterator]();
    }

    it('delivers the changed sheet to another signed-in user', async () => {
      const hero = await create({ ...PAPER_FIGHTER, name: 'Watched' });
      const events = subscribe(bob, hero.id);
      const next = events.next();
      await new Promise((resolve) => setTimeout(resolve, redis ? 500 : 300));
      await ok(RENAME, { id: hero.id, name: 'Watched Closely' }, alice);
      const event = await next;
      expect(event.value).toEqual({
        data: {
          characterChanged: { id: hero.id, name: 'Watched Closely', version: 2, level: 5, armorClass: { value: 19 } },
        },
      });
      await events.return?.();
    });

    it('refuses anonymous subscribers and unknown characters', async () => {
      const hero = await create({ name: 'Private' });
      const anonymous = await subscribe(null, hero.id).next();
      expect(anonymous.value.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const unknown = await subscribe(bob, randomUUID()).next();
      expect(unknown.value.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('authorization and bad input for every mutation', () => {
    it('answers UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and BAD_USER_INPUT', async () => {
      const hero = await create({ ...GUIDED_FIGHTER, name: 'Guarded' });
      const id = hero.id;
      const mutations: [string, string, Record<string, unknown>][] = [
        ['renameCharacter', RENAME, { id, name: 'X' }],
        ['updateCharacter', UPDATE, { id, v: 1, input: { name: 'X' } }],
        ['levelUp', LEVEL_UP, { id, v: 1, input: { class: 'fighter' } }],
        ['undoLevelUp', UNDO, { id, v: 1 }],
        ['restoreCharacterVersion', RESTORE, { id, version: 1, v: 1 }],
        ['markCharacterMilestone', MILESTONE, { id, version: 1, name: 'X' }],
        ['setCharacterTemplate', SET_TEMPLATE, { id, t: true }],
        ['duplicateCharacter', DUPLICATE, { id, name: 'X' }],
        ['deleteCharacter', 'mutation($id: ID!) { deleteCharacter(id: $id) }', { id }],
      ];
      for (const [name, query, variables] of mutations) {
        expect((await gql(query, variables)).body.errors?.[0]?.extensions?.code, `${name} anonymous`).toBe(
          'UNAUTHENTICATED',
        );
        expect((await gql(query, variables, bob)).body.errors?.[0]?.extensions?.code, `${name} stranger`).toBe(
          'FORBIDDEN',
        );
        expect(
          (await gql(query, { ...variables, id: randomUUID() }, alice)).body.errors?.[0]?.extensions?.code,
          `${name} unknown`,
        ).toBe('NOT_FOUND');
        expect(
          (await gql(query, { ...variables, id: 'not-a-uuid' }, alice)).body.errors?.[0]?.extensions?.code,
          `${name} malformed`,
        ).toBe('BAD_USER_INPUT');
      }
      for (const [name, query, variables] of [
        ['createCharacter', CREATE, { input: { name: 'X' } }],
        ['createCharacters', BULK_CREATE, { inputs: [{ name: 'X' }] }],
        ['validateCharacters', BULK_VALIDATE, { inputs: [{ name: 'X' }] }],
        ['importCharacter', IMPORT, { data: {} }],
        ['createCharacterFromTemplate', FROM_TEMPLATE, { id, name: 'X' }],
      ] as const) {
        expect((await gql(query, variables)).body.errors?.[0]?.extensions?.code, `${name} anonymous`).toBe(
          'UNAUTHENTICATED',
        );
      }
      expect((await gql(FROM_TEMPLATE, { id: randomUUID(), name: 'X' }, bob)).body.errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await gql(FROM_TEMPLATE, { id: '1', name: 'X' }, bob)).body.errors?.[0]?.extensions?.code).toBe(
        'BAD_USER_INPUT',
      );
      expect((await gql(EXPORT, { id })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gql(EXPORT, { id: randomUUID() }, bob)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // Nothing above changed the character.
      expect((await ok(CHARACTER, { id }, alice)).character).toMatchObject({ name: 'Guarded', version: 1 });
      expect(await versionCount(id)).toBe(1);
    });
  });
});
