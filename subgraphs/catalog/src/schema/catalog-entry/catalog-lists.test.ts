import type { Identity } from '@grimoire/platform';
import { type Equipment, SRD_CONTENT } from '@grimoire/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { costInCopper } from '../../domain/list-content.js';
import { classInput, CREATE_CLASS, newUser, startTestCatalog, type TestCatalog } from '../test-support.js';

/** One list query per kind; every one pages the same way. */
const LIST = (
  field: string,
  filterType: string,
  orderType: string,
) => `query($filter: ${filterType}, $orderBy: [${orderType}!], $first: Int, $after: String) {
  ${field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges { node { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const lower = (value: string) => value.toLowerCase();
const byId = <T extends { id: string }>(rows: readonly T[]) => rows.map((row) => row.id).sort();
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

describe('catalog lists', () => {
  let catalog: TestCatalog;
  const alice: Identity = newUser();
  const homebrew: Record<string, { id: string; name: string }> = {};

  beforeAll(async () => {
    catalog = await startTestCatalog('catalog_lists');
    const createdClass = await catalog.gql(
      CREATE_CLASS,
      { input: classInput('Zz Brawler', { spellcasting: null, hitDie: 12 }) },
      alice,
    );
    homebrew.class = createdClass.body.data.createHomebrewClass;
    const feat = await catalog.gql(
      'mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id name } }',
      {
        input: {
          name: 'Zz Iron Will',
          category: 'GENERAL',
          repeatable: true,
          effects: [{ kind: 'SAVING_THROW_PROFICIENCY', ability: 'WIS' }],
        },
      },
      alice,
    );
    homebrew.feat = feat.body.data.createHomebrewFeat;
    const item = await catalog.gql(
      'mutation($input: HomebrewMagicItemInput!) { createHomebrewMagicItem(input: $input) { id name } }',
      {
        input: {
          name: 'Zz Lucky Coin',
          category: 'Wondrous Item',
          rarity: 'UNCOMMON',
          requiresAttunement: true,
          effects: [{ kind: 'ABILITY_CHECK_BONUS', amount: 1 }],
        },
      },
      alice,
    );
    homebrew.magicItem = item.body.data.createHomebrewMagicItem;
    const species = await catalog.gql(
      'mutation($input: HomebrewSpeciesInput!) { createHomebrewSpecies(input: $input) { id name } }',
      {
        input: {
          name: 'Zz Treefolk',
          sizes: ['LARGE'],
          speed: 25,
          traits: [{ name: 'Bark', effects: [{ kind: 'ARMOR_CLASS_BONUS', amount: 1 }] }],
        },
      },
      alice,
    );
    homebrew.species = species.body.data.createHomebrewSpecies;
    for (const created of Object.values(homebrew)) expect(created?.id).toMatch(/^hb-/);
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  async function collect(
    query: string,
    field: string,
    variables: Record<string, unknown>,
    identity: Identity | null = alice,
  ) {
    const nodes: { id: string; name: string }[] = [];
    let after: string | null = null;
    do {
      const { body } = await catalog.gql(query, { ...variables, first: 100, after }, identity ?? undefined);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      nodes.push(...body.data[field].edges.map((edge: { node: { id: string; name: string } }) => edge.node));
      after = body.data[field].pageInfo.hasNextPage ? body.data[field].pageInfo.endCursor : null;
    } while (after);
    return nodes;
  }

  describe('classes', () => {
    const query = LIST('classes', 'ClassFilter', 'ClassOrder');
    const all = () => [
      ...(SRD_CONTENT.classes ?? []).map((entry) => ({ ...entry, homebrew: false })),
      { ...homebrew.class, hitDie: 12, spellcasting: undefined, homebrew: true },
    ];

    it('filters by search, spellcasting and source', async () => {
      expect(byId(await collect(query, 'classes', { filter: { search: 'zz b' } }))).toEqual([homebrew.class.id]);
      expect(byId(await collect(query, 'classes', { filter: { spellcasting: true } }))).toEqual(
        byId(all().filter((entry) => entry.spellcasting)),
      );
      expect(byId(await collect(query, 'classes', { filter: { source: 'SRD' } }))).toEqual(
        byId(all().filter((entry) => !entry.homebrew)),
      );
    });

    it('orders by hit die descending, then name', async () => {
      const nodes = await collect(query, 'classes', {
        orderBy: [{ field: 'HIT_DIE', direction: 'DESC' }, { field: 'NAME' }],
      });
      const expected = [...all()].sort((a, b) => b.hitDie - a.hitDie || compare(lower(a.name), lower(b.name)));
      expect(nodes.map((node) => node.id)).toEqual(expected.map((entry) => entry.id));
    });
  });

  describe('species', () => {
    const query = LIST('species', 'SpeciesFilter', 'SpeciesOrder');
    const all = () => [...(SRD_CONTENT.species ?? []), { ...homebrew.species, sizes: ['large'], speed: 25 }];

    it('filters by size and orders by speed, then name descending', async () => {
      expect(byId(await collect(query, 'species', { filter: { size: 'LARGE' } }))).toEqual(
        byId(all().filter((entry) => entry.sizes.includes('large'))),
      );
      const nodes = await collect(query, 'species', {
        orderBy: [{ field: 'SPEED' }, { field: 'NAME', direction: 'DESC' }],
      });
      const expected = [...all()].sort((a, b) => a.speed - b.speed || compare(lower(b.name), lower(a.name)));
      expect(nodes.map((node) => node.id)).toEqual(expected.map((entry) => entry.id));
    });
  });

  describe('backgrounds', () => {
    const query = LIST('backgrounds', 'BackgroundFilter', 'BackgroundOrder');

    it('searches and orders by name descending', async () => {
      const srd = SRD_CONTENT.backgrounds ?? [];
      const nodes = await collect(query, 'backgrounds', { orderBy: [{ field: 'NAME', direction: 'DESC' }] });
      expect(nodes.map((node) => node.id)).toEqual(
        [...srd].sort((a, b) => compare(lower(b.name), lower(a.name))).map((entry) => entry.id),
      );
      expect(byId(await collect(query, 'backgrounds', { filter: { search: 'OLY' } }))).toEqual(
        byId(srd.filter((entry) => lower(entry.name).includes('oly'))),
      );
    });
  });

  describe('feats', () => {
    const query = LIST('feats', 'FeatFilter', 'FeatOrder');
    const all = () => [...(SRD_CONTENT.feats ?? []), { ...homebrew.feat, category: 'general', repeatable: true }];

    it('filters by category and repeatable, orders by category then name', async () => {
      expect(byId(await collect(query, 'feats', { filter: { category: 'ORIGIN' } }))).toEqual(
        byId(all().filter((entry) => entry.category === 'origin')),
      );
      expect(byId(await collect(query, 'feats', { filter: { category: 'GENERAL', repeatable: true } }))).toEqual(
        byId(all().filter((entry) => entry.category === 'general' && entry.repeatable)),
      );
      const nodes = await collect(query, 'feats', { orderBy: [{ field: 'CATEGORY' }, { field: 'NAME' }] });
      const expected = [...all()].sort(
        (a, b) => compare(a.category, b.category) || compare(lower(a.name), lower(b.name)),
      );
      expect(nodes.map((node) => node.id)).toEqual(expected.map((entry) => entry.id));
    });
  });

  describe('equipment', () => {
    const query = LIST('equipment', 'EquipmentFilter', 'EquipmentOrder');
    const srd: readonly Equipment[] = SRD_CONTENT.equipment ?? [];
    const kindOf = (item: Equipment) => (item.kind === 'armor' || item.kind === 'weapon' ? item.kind : 'gear');

    it.each([
      ['kind', { kind: 'WEAPON' }, (item: Equipment) => item.kind === 'weapon'],
      ['gear', { kind: 'GEAR' }, (item: Equipment) => kindOf(item) === 'gear'],
      [
        'armor category',
        { armorCategory: 'HEAVY' },
        (item: Equipment) => item.kind === 'armor' && item.category === 'heavy',
      ],
      [
        'weapon category',
        { weaponCategory: 'MARTIAL' },
        (item: Equipment) => item.kind === 'weapon' && item.category === 'martial',
      ],
      ['gear kind', { gearKind: 'TOOL' }, (item: Equipment) => item.kind === 'tool'],
      ['search', { search: 'MAIL' }, (item: Equipment) => lower(item.name).includes('mail')],
    ])('filters by %s', async (_label, filter, predicate) => {
      expect(byId(await collect(query, 'equipment', { filter }))).toEqual(byId(srd.filter(predicate)));
    });

    it('orders by cost descending, then name', async () => {
      const nodes = await collect(query, 'equipment', {
        orderBy: [{ field: 'COST', direction: 'DESC' }, { field: 'NAME' }],
      });
      const expected = [...srd].sort(
        (a, b) =>
          costInCopper(b.cost) - costInCopper(a.cost) || compare(lower(a.name), lower(b.name)) || compare(a.id, b.id),
      );
      expect(nodes.map((node) => node.id)).toEqual(expected.map((entry) => entry.id));
    });

    it('types each node as Armor, Weapon or Gear behind the Equipment interface', async () => {
      const { body } = await catalog.gql(
        '{ equipment(first: 100) { edges { node { __typename id equipmentKind } } } }',
      );
      for (const { node } of body.data.equipment.edges) {
        expect(node.__typename).toBe({ ARMOR: 'Armor', WEAPON: 'Weapon', GEAR: 'Gear' }[node.equipmentKind as string]);
      }
    });
  });

  describe('magic items', () => {
    const query = LIST('magicItems', 'MagicItemFilter', 'MagicItemOrder');
    const all = () => [
      ...(SRD_CONTENT.magicItems ?? []),
      { ...homebrew.magicItem, rarity: 'uncommon', category: 'Wondrous Item', requiresAttunement: true },
    ];
    const rarityOrder = ['common', 'uncommon', 'rare', 'very-rare', 'legendary', 'artifact', 'varies'];

    it.each([
      ['rarity', { rarity: 'UNCOMMON' }, (item: ReturnType<typeof all>[number]) => item.rarity === 'uncommon'],
      [
        'category',
        { category: 'wondrous item' },
        (item: ReturnType<typeof all>[number]) => lower(item.category) === 'wondrous item',
      ],
      ['attunement', { requiresAttunement: false }, (item: ReturnType<typeof all>[number]) => !item.requiresAttunement],
      ['source', { source: 'HOMEBREW' }, (item: ReturnType<typeof all>[number]) => item.id.startsWith('hb-')],
    ])('filters by %s', async (_label, filter, predicate) => {
      expect(byId(await collect(query, 'magicItems', { filter }))).toEqual(byId(all().filter(predicate)));
    });

    it('orders by rarity descending, then name', async () => {
      const nodes = await collect(query, 'magicItems', {
        orderBy: [{ field: 'RARITY', direction: 'DESC' }, { field: 'NAME' }],
      });
      const expected = [...all()].sort(
        (a, b) =>
          rarityOrder.indexOf(b.rarity) - rarityOrder.indexOf(a.rarity) ||
          compare(lower(a.name), lower(b.name)) ||
          compare(a.id, b.id),
      );
      expect(nodes.map((node) => node.id)).toEqual(expected.map((entry) => entry.id));
    });

    it('hides homebrew from anonymous callers', async () => {
      expect(byId(await collect(query, 'magicItems', { filter: { search: 'zz' } }, null))).toEqual(
        byId((SRD_CONTENT.magicItems ?? []).filter((item) => lower(item.name).includes('zz'))),
      );
    });
  });
});
