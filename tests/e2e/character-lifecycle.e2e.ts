import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

const GUIDED_FIGHTER = {
  name: 'Tordek',
  species: 'dwarf',
  background: 'soldier',
  classes: [{ class: 'fighter', level: 1 }],
  abilityScores: { method: 'STANDARD_ARRAY', str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 },
  backgroundIncreases: { str: 2, con: 1 },
  skillProficiencies: ['acrobatics', 'perception'],
  firstLevel: { featureFeats: [{ feat: 'defense' }] },
};

const SHEET = 'id version level hitPoints { max { value } } classes { level class { name } }';

/** The catalog and the character lifecycle through the router: what a frontend does after sign-up. */
describe('catalog and character lifecycle through the router', () => {
  let grimoire: TestStack;
  let accessToken: string;

  beforeAll(async () => {
    grimoire = await startTestStack('lifecycle');
    ({ accessToken } = await grimoire.signUp('Lifecycler'));
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('pages through filtered, two-key ordered SRD spells with the CC-BY attribution', async () => {
    const SPELLS = `query($after: String) {
      spells(filter: { class: "wizard", level: 1 }, orderBy: [{ field: SCHOOL }, { field: NAME }], first: 10, after: $after) {
        edges { node { id name level school classes { id } } }
        pageInfo { hasNextPage endCursor }
      }
      catalogAttribution
    }`;
    const seen: { id: string; name: string; school: string; level: number }[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Record<string, any> | null; errors?: unknown[] } = await grimoire.query(
        SPELLS,
        { after },
        accessToken,
      );
      expect(page.errors).toBeUndefined();
      expect(page.data!.catalogAttribution).toMatch(/System Reference Document 5\.2\.1/);
      seen.push(...page.data!.spells.edges.map((edge: { node: (typeof seen)[number] }) => edge.node));
      after = page.data!.spells.pageInfo.hasNextPage ? page.data!.spells.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBeGreaterThan(10);
    expect(new Set(seen.map((spell) => spell.id)).size).toBe(seen.length);
    expect(seen.every((spell) => spell.level === 1)).toBe(true);
    const keys = seen.map((spell) => `${spell.school}|${spell.name}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    expect(seen.map((spell) => spell.id)).toContain('magic-missile');
  });

  it('levels up, refuses a stale version, shows the history and undoes the level', async () => {
    const created = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { ${SHEET} } }`,
      { input: GUIDED_FIGHTER },
      accessToken,
    );
    expect(created.errors).toBeUndefined();
    const character = created.data!.createCharacter;
    expect(character).toMatchObject({ version: 1, level: 1, hitPoints: { max: { value: 13 } } });

    const LEVEL_UP = `mutation($id: ID!, $v: Int!, $input: LevelUpInput!) { levelUp(id: $id, expectedVersion: $v, input: $input) { ${SHEET} } }`;
    const levelled = await grimoire.query(
      LEVEL_UP,
      { id: character.id, v: 1, input: { class: 'fighter', hitPoints: { method: 'FIXED' } } },
      accessToken,
    );
    expect(levelled.errors).toBeUndefined();
    // Fighter d10: fixed 6 + CON +2 on top of level 1's 10 + 2 (+1 Dwarven Toughness per level).
    expect(levelled.data!.levelUp).toMatchObject({ version: 2, level: 2, hitPoints: { max: { value: 22 } } });

    const stale = await grimoire.query(
      LEVEL_UP,
      { id: character.id, v: 1, input: { class: 'fighter', hitPoints: { method: 'FIXED' } } },
      accessToken,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const history = await grimoire.query(
      `query($id: ID!) {
        character(id: $id) { versions(first: 10) { edges { node { version reason author { displayName } } } } }
        characterVersionDiff(id: $id, from: 1, to: 2) { path }
      }`,
      { id: character.id },
      accessToken,
    );
    expect(history.errors).toBeUndefined();
    const versions = history.data!.character.versions.edges.map((edge: { node: { version: number } }) => edge.node);
    expect(versions.map((version: { version: number }) => version.version).sort()).toEqual([1, 2]);
    expect(
      versions.every((version: { author: { displayName: string } }) => version.author.displayName === 'Lifecycler'),
    ).toBe(true);
    expect(history.data!.characterVersionDiff.map((change: { path: string }) => change.path).join(' ')).toMatch(
      /classes/,
    );

    const undone = await grimoire.query(
      `mutation($id: ID!) { undoLevelUp(id: $id, expectedVersion: 2) { ${SHEET} } }`,
      { id: character.id },
      accessToken,
    );
    expect(undone.errors).toBeUndefined();
    expect(undone.data!.undoLevelUp).toMatchObject({ version: 3, level: 1, hitPoints: { max: { value: 13 } } });
  });
});
