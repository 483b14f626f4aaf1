import type { Identity } from '@grimoire/platform';
import { SRD_CONTENT } from '@grimoire/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  classInput,
  CREATE_CLASS,
  CREATE_SPELL,
  newUser,
  spellInput,
  startTestCatalog,
  type TestCatalog,
} from '../test-support.js';

interface SpellRow {
  id: string;
  name: string;
  level: number;
  school: string;
  classes: readonly string[];
  ritual: boolean;
  concentration: boolean;
  homebrew: boolean;
}

const SPELLS = `query($filter: SpellFilter, $orderBy: [SpellOrder!], $first: Int, $after: String) {
  spells(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { cursor node { id name level school } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SCHOOLS = ['ABJURATION', 'EVOCATION', 'ILLUSION', 'NECROMANCY'];

describe('spells list', () => {
  let catalog: TestCatalog;
  const alice: Identity = newUser();
  const bob: Identity = newUser();
  const mine: SpellRow[] = [];
  let classId = '';

  const srd: SpellRow[] = (SRD_CONTENT.spells ?? []).map((spell) => ({
    ...spell,
    classes: spell.classes,
    homebrew: false,
  }));

  beforeAll(async () => {
    catalog = await startTestCatalog('catalog_spells');
    const created = await catalog.gql(CREATE_CLASS, { input: classInput('Chronomancer') }, alice);
    expect(created.body.errors).toBeUndefined();
    classId = created.body.data.createHomebrewClass.id;
    for (let index = 0; index < 12; index += 1) {
      const input = spellInput(`Zz Test Spell ${String(index).padStart(2, '0')}`, [classId], {
        level: index % 4,
        school: SCHOOLS[index % SCHOOLS.length],
        ritual: index % 3 === 0,
        concentration: index % 2 === 0,
        duration: index % 2 === 0 ? '1 minute' : 'Instantaneous',
      });
      const { body } = await catalog.gql(CREATE_SPELL, { input }, alice);
      expect(body.errors).toBeUndefined();
      mine.push({
        id: body.data.createHomebrewSpell.id,
        name: input.name,
        level: input.level as number,
        school: (input.school as string).toLowerCase(),
        classes: [classId],
        ritual: input.ritual as boolean,
        concentration: input.concentration as boolean,
        homebrew: true,
      });
    }
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  /** Every node of a list, page by page. */
  async function collect(
    variables: Record<string, unknown>,
    identity?: Identity,
    first = 100,
  ): Promise<{ nodes: { id: string; name: string; level: number; school: string }[]; pageSizes: number[] }> {
    const nodes = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    do {
      const { body } = await catalog.gql(SPELLS, { ...variables, first, after }, identity);
      expect(body.errors).toBeUndefined();
      const connection = body.data.spells;
      nodes.push(...connection.edges.map((edge: { node: unknown }) => edge.node));
      pageSizes.push(connection.edges.length);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return { nodes, pageSizes };
  }

  const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
  const visible = () => [...srd, ...mine];

  it.each([
    [
      'name search (case-insensitive)',
      { search: 'zZ tEsT' },
      (row: SpellRow) => row.name.toLowerCase().includes('zz test'),
    ],
    ['level', { level: 2 }, (row: SpellRow) => row.level === 2],
    ['cantrips', { level: 0 }, (row: SpellRow) => row.level === 0],
    ['school', { school: 'ILLUSION' }, (row: SpellRow) => row.school === 'illusion'],
    ['ritual', { ritual: true }, (row: SpellRow) => row.ritual],
    ['not concentration', { concentration: false }, (row: SpellRow) => !row.concentration],
    ['source', { source: 'HOMEBREW' }, (row: SpellRow) => row.homebrew],
    [
      'several at once',
      { level: 0, ritual: true, concentration: true },
      (row: SpellRow) => row.level === 0 && row.ritual && row.concentration,
    ],
  ])('filters by %s', async (_label, filter, predicate) => {
    const { nodes } = await collect({ filter }, alice);
    expect(ids(nodes)).toEqual(ids(visible().filter(predicate)));
  });

  it('filters by class: a homebrew class and an SRD class', async () => {
    expect(ids((await collect({ filter: { class: classId } }, alice)).nodes)).toEqual(ids(mine));
    const wizard = 'wizard';
    expect(ids((await collect({ filter: { class: wizard } }, alice)).nodes)).toEqual(
      ids(visible().filter((row) => row.classes.includes(wizard))),
    );
  });

  it('orders by two keys: level descending, then name ascending', async () => {
    const { nodes } = await collect(
      {
        orderBy: [
          { field: 'LEVEL', direction: 'DESC' },
          { field: 'NAME', direction: 'ASC' },
        ],
      },
      alice,
    );
    const expected = [...visible()].sort(
      (a, b) =>
        b.level - a.level ||
        (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0) ||
        (a.id < b.id ? -1 : 1),
    );
    expect(nodes.map((node) => node.id)).toEqual(expected.map((row) => row.id));
    expect(nodes.map((node) => node.level)).toEqual([...nodes.map((node) => node.level)].sort((a, b) => b - a));
  });

  it('pages through every spell 50 at a time, each exactly once', async () => {
    const { nodes, pageSizes } = await collect({ orderBy: [{ field: 'SCHOOL' }, { field: 'NAME' }] }, alice, 50);
    expect(nodes).toHaveLength(visible().length);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    expect(ids(nodes)).toEqual(ids(visible()));
    expect(pageSizes.slice(0, -1).every((size) => size === 50)).toBe(true);
    expect(pageSizes.at(-1)).toBeLessThanOrEqual(50);
  });

  it('shows homebrew to its owner only', async () => {
    expect(ids((await collect({ filter: { search: 'zz test' } }, bob)).nodes)).toEqual(
      ids(srd.filter((row) => row.name.toLowerCase().includes('zz test'))),
    );
    expect(ids((await collect({}, undefined)).nodes)).toEqual(ids(srd));
    const { body } = await catalog.gql('query($id: ID!) { spell(id: $id) { id } }', { id: mine[0].id }, bob);
    expect(body.data.spell).toBeNull();
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ filter: { level: 10 } }, 'filter.level'],
    [{ filter: { search: 'x'.repeat(101) } }, 'filter.search'],
    [{ orderBy: [{ field: 'NAME' }, { field: 'NAME' }] }, 'orderBy'],
  ])('rejects %j with BAD_USER_INPUT naming the field', async (variables, field) => {
    const { body } = await catalog.gql(SPELLS, variables, alice);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.field).toBe(field);
  });

  it('refuses an orderBy field that is not in the enum (no client strings reach the ordering)', async () => {
    const { body } = await catalog.gql(SPELLS, { orderBy: [{ field: 'name; drop table x' }] }, alice);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
