import type { Identity } from '@grimoire/platform';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { codeOf, ok, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const CREATE = 'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id theme } }';
const ADD_PARTY = 'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }';
const TRANSITION = `mutation($c: ID!, $t: Theme!, $p: ThemeItemPolicy!, $o: [ThemeItemPolicyInput!], $r: String!) {
  transitionCampaignTheme(campaignId: $c, theme: $t, itemPolicy: $p, itemPolicies: $o, reason: $r) {
    campaign { id theme }
    transition { id fromTheme toTheme itemPolicy itemPolicies { inventoryItemId itemKey policy } reason characters { id } transitionedBy { id } }
  }
}`;
const HISTORY =
  'query($id: ID!) { campaign(id: $id) { theme themeTransitions { fromTheme toTheme itemPolicy reason transitionedBy { id } } } }';
const SHEET = `query($id: ID!) { character(id: $id) {
  id theme version experience { points }
  journalEntries { edges { node { title } } }
  inventory { entries { id itemId name displayName quantity equipped attuned weight themed { theme name description root { itemId name } } } }
  versions(first: 1) { edges { node { version reason changes { path } } } }
} }`;

describe('themes and theme transitions', () => {
  // The real characters subgraph applies transitions from the event bus.
  const stack = useCampaignsSubgraph('campaigns_themes', { withCharacters: true });
  const { gql, onCharacters: charactersGql } = stack;
  const createCharacter = (owner: Identity, name: string) => stack.createCharacter(owner, { name });

  async function addItem(owner: Identity, characterId: string, input: Record<string, unknown>): Promise<void> {
    ok(
      await charactersGql(
        'mutation($id: ID!, $i: AddInventoryItemInput!) { addInventoryItem(id: $id, input: $i) { id } }',
        { id: characterId, i: input },
        owner,
      ),
    );
  }

  async function sheet(owner: Identity, characterId: string): Promise<Record<string, any>> {
    return ok(await charactersGql(SHEET, { id: characterId }, owner)).character as Record<string, any>;
  }

  /** Polls the sheet until the bus has delivered (the consumer runs in the background). */
  async function sheetWhen(
    owner: Identity,
    characterId: string,
    ready: (character: Record<string, any>) => boolean,
  ): Promise<Record<string, any>> {
    return vi.waitFor(
      async () => {
        const character = await sheet(owner, characterId);
        if (!ready(character))
          throw new Error(`character ${characterId} is not there yet: ${JSON.stringify(character)}`);
        return character;
      },
      { timeout: 15_000, interval: 100 },
    );
  }

  /** A campaign by `gm` with a co-GM, a player and a viewer. */
  const table = (input: Record<string, unknown> = {}) => stack.table(everyone, input);

  it('lists the theme catalog, the root first, each other theme naming every item category', async () => {
    const themes = ok(await gql('{ themes { id name tone isRoot itemVocabulary { category name description } } }', {}))
      .themes as { id: string; isRoot: boolean; itemVocabulary: { category: string; name: string }[] }[];
    expect(themes.map((theme) => theme.id)).toEqual([
      'HIGH_FANTASY',
      'GOTHIC_HORROR',
      'CYBERPUNK',
      'STEAMPUNK',
      'SPACE_OPERA',
      'WILD_WEST',
      'PIRATE',
      'POST_APOCALYPTIC',
      'MYTHIC',
    ]);
    expect(themes[0]).toMatchObject({ isRoot: true, itemVocabulary: [] });
    const cyberpunk = themes.find((theme) => theme.id === 'CYBERPUNK')!;
    expect(cyberpunk.itemVocabulary).toHaveLength(12);
    expect(cyberpunk.itemVocabulary.find((word) => word.category === 'MELEE_WEAPON')?.name).toBe('Monoblade ({item})');
  });

  it('a campaign starts in HIGH_FANTASY or the theme asked; a plain update cannot change it', async () => {
    expect(ok(await gql(CREATE, { input: { name: 'Default' } }, gm)).createCampaign.theme).toBe('HIGH_FANTASY');
    const created = ok(await gql(CREATE, { input: { name: 'Neon', theme: 'CYBERPUNK' } }, gm)).createCampaign;
    expect(created.theme).toBe('CYBERPUNK');
    const update = await gql(
      'mutation($id: ID!) { updateCampaign(id: $id, input: { theme: PIRATE }) { theme } }',
      { id: created.id },
      gm,
    );
    expect(codeOf(update)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('only the game master and co-game masters transition; bad input is BAD_USER_INPUT', async () => {
    const campaignId = await table();
    const vars = { c: campaignId, t: 'GOTHIC_HORROR', p: 'ADAPT', r: 'The mists rise' };
    for (const who of [player, viewer, stranger]) expect(codeOf(await gql(TRANSITION, vars, who))).toBe('FORBIDDEN');
    expect(codeOf(await gql(TRANSITION, vars))).toBe('UNAUTHENTICATED');
    const moved = ok(await gql(TRANSITION, vars, coGm)).transitionCampaignTheme;
    expect(moved.campaign.theme).toBe('GOTHIC_HORROR');
    expect(moved.transition).toMatchObject({
      fromTheme: 'HIGH_FANTASY',
      toTheme: 'GOTHIC_HORROR',
      transitionedBy: { id: coGm.userId },
    });

    const same = await gql(TRANSITION, vars, gm);
    expect(codeOf(same)).toBe('BAD_USER_INPUT');
    expect(same.errors?.[0]?.message).toMatch(/already in Gothic Horror/);
    const both = await gql(
      TRANSITION,
      { ...vars, t: 'PIRATE', o: [{ inventoryItemId: 'x', itemKey: 'y', policy: 'KEEP' }] },
      gm,
    );
    expect(codeOf(both)).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(TRANSITION, { ...vars, t: 'PIRATE', r: '   ' }, gm))).toBe('BAD_USER_INPUT');
    expect(ok(await gql(HISTORY, { id: campaignId }, viewer)).campaign.theme).toBe('GOTHIC_HORROR');
  });

  it('moves every party member to a new version in the new theme, memory kept, items by policy; RESET_TO_ROOT restores the originals', async () => {
    const campaignId = await table();
    const hero = await createCharacter(player, 'Brakka');
    for (const item of ['longsword', 'shield', 'leather-armor', 'potion-of-healing'])
      await addItem(player, hero, { item });
    await addItem(player, hero, { custom: { name: "Grandmother's Locket", weight: 0.5 } });
    ok(
      await charactersGql(
        'mutation($id: ID!) { awardExperience(id: $id, amount: 300, reason: "Goblins") { id } }',
        { id: hero },
        player,
      ),
    );
    ok(
      await charactersGql(
        'mutation($id: ID!, $i: JournalEntryInput!) { addJournalEntry(id: $id, input: $i) { id } }',
        { id: hero, i: { title: 'Session 1', body: 'We met.', sessionDate: '2026-01-01' } },
        player,
      ),
    );
    ok(await gql(ADD_PARTY, { c: campaignId, ch: hero }, gm));
    const original = await sheet(player, hero);
    expect(original.theme).toBe('HIGH_FANTASY');

    const shift = ok(
      await gql(
        TRANSITION,
        { c: campaignId, t: 'CYBERPUNK', p: 'ADAPT', o: [{ itemKey: 'shield', policy: 'KEEP' }], r: 'The neon age' },
        gm,
      ),
    ).transitionCampaignTheme.transition;
    expect(shift).toMatchObject({
      itemPolicy: 'ADAPT',
      itemPolicies: [{ inventoryItemId: null, itemKey: 'shield', policy: 'KEEP' }],
      characters: [{ id: hero }],
    });

    const neon = await sheetWhen(player, hero, (character) => character.theme === 'CYBERPUNK');
    // The new version names the transition that wrote it (ThemeTransition.characterVersions).
    const linked = await stack.characters.database.db.execute<{ version: number }>(
      sql`select version from characters.character_versions where theme_transition_id = ${shift.id}`,
    );
    expect([...linked].map((row) => row.version)).toEqual([original.version + 1]);
    expect(neon.id).toBe(hero);
    expect(neon.version).toBe(original.version + 1);
    expect(neon.versions.edges[0].node.reason).toBe('Theme transition HIGH_FANTASY → CYBERPUNK: The neon age');
    expect(neon.versions.edges[0].node.changes.map((change: { path: string }) => change.path)).toContain('theme');
    // Memory kept: experience and journal untouched.
    expect(neon.experience).toEqual(original.experience);
    expect(neon.journalEntries).toEqual(original.journalEntries);
    const byItem = new Map<string, Record<string, any>>(
      neon.inventory.entries.map((entry: Record<string, any>) => [entry.itemId ?? entry.name, entry]),
    );
    expect(byItem.get('longsword')).toMatchObject({
      name: 'Longsword',
      displayName: 'Monoblade (Longsword)',
      themed: { theme: 'CYBERPUNK', root: { itemId: 'longsword', name: 'Longsword' } },
    });
    expect(byItem.get('shield')?.themed).toBeNull();
    expect(byItem.get("Grandmother's Locket")?.themed).toMatchObject({
      root: { itemId: null, name: "Grandmother's Locket" },
    });
    // Mechanics never change.
    const numbers = (character: Record<string, any>) =>
      character.inventory.entries.map(({ id, quantity, equipped, attuned, weight }: Record<string, unknown>) => ({
        id,
        quantity,
        equipped,
        attuned,
        weight,
      }));
    expect(numbers(neon)).toEqual(numbers(original));

    ok(await gql(TRANSITION, { c: campaignId, t: 'HIGH_FANTASY', p: 'RESET_TO_ROOT', r: 'The dream ends' }, gm));
    const back = await sheetWhen(player, hero, (character) => character.theme === 'HIGH_FANTASY');
    expect(back.inventory).toEqual(original.inventory);
    expect(back.version).toBe(original.version + 2);

    const history = ok(await gql(HISTORY, { id: campaignId }, player)).campaign;
    expect(history.themeTransitions).toEqual([
      {
        fromTheme: 'HIGH_FANTASY',
        toTheme: 'CYBERPUNK',
        itemPolicy: 'ADAPT',
        reason: 'The neon age',
        transitionedBy: { id: gm.userId },
      },
      {
        fromTheme: 'CYBERPUNK',
        toTheme: 'HIGH_FANTASY',
        itemPolicy: 'RESET_TO_ROOT',
        reason: 'The dream ends',
        transitionedBy: { id: gm.userId },
      },
    ]);
  });

  it('brings a character joining later into the campaign’s theme, with a one-member transition of its own', async () => {
    const campaignId = await table({ theme: 'CYBERPUNK' });
    const late = await createCharacter(player, 'Latecomer');
    await addItem(player, late, { item: 'longsword' });
    const before = await sheet(player, late);
    ok(
      await gql(
        'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: late },
        player,
      ),
    );
    const joined = await sheetWhen(player, late, (character) => character.theme === 'CYBERPUNK');
    expect(joined.version).toBe(before.version + 1);
    expect(joined.versions.edges[0].node.reason).toMatch(
      /^Theme transition HIGH_FANTASY → CYBERPUNK: Joined the party/,
    );
    expect(joined.inventory.entries[0]).toMatchObject({ itemId: 'longsword', displayName: 'Monoblade (Longsword)' });
    const history = ok(await gql(HISTORY, { id: campaignId }, gm)).campaign.themeTransitions;
    expect(history).toEqual([
      {
        fromTheme: 'HIGH_FANTASY',
        toTheme: 'CYBERPUNK',
        itemPolicy: 'ADAPT',
        reason: expect.stringMatching(/^Joined the party of a campaign told in /),
        transitionedBy: { id: player.userId },
      },
    ]);

    // Already in the campaign's theme: leaving and coming back moves nothing.
    ok(
      await gql(
        'mutation($c: ID!, $ch: ID!) { removePartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: late },
        gm,
      ),
    );
    ok(await gql(ADD_PARTY, { c: campaignId, ch: late }, gm));
    expect(ok(await gql(HISTORY, { id: campaignId }, gm)).campaign.themeTransitions).toHaveLength(1);
    expect((await sheet(player, late)).version).toBe(joined.version);
  });

  it('a member that cannot be moved does not hold the others back', async () => {
    const campaignId = await table();
    const gone = await createCharacter(player, 'Vanishing');
    const stays = await createCharacter(gm, 'Steady');
    await addItem(gm, stays, { item: 'longbow' });
    ok(await gql(ADD_PARTY, { c: campaignId, ch: gone }, gm));
    ok(await gql(ADD_PARTY, { c: campaignId, ch: stays }, gm));
    // Gone behind campaigns' back: the party still lists it when the transition is made.
    await stack.characters.database.db.execute(sql`delete from characters.characters where id = ${gone}`);

    const transition = ok(await gql(TRANSITION, { c: campaignId, t: 'WILD_WEST', p: 'ADAPT', r: 'Go west' }, gm))
      .transitionCampaignTheme.transition;
    expect(transition.characters.map((character: { id: string }) => character.id).sort()).toEqual([gone, stays].sort());
    const steady = await sheetWhen(gm, stays, (character) => character.theme === 'WILD_WEST');
    expect(steady.inventory.entries[0].displayName).toBe('Six-Shooter (Longbow)');
  });
});
