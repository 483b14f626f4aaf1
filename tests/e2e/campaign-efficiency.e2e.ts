import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

/** What a game master's table screen asks for: the party, each sheet, its checks and every item with its catalog details. */
const CAMPAIGN_TABLE = `query($id: ID!) { campaign(id: $id) {
  id name status gameMaster { displayName }
  members { role user { displayName } }
  ruleProfile { allowedClasses bannedItems }
  party {
    id name level owner { displayName } armorClass { value } hitPoints { current }
    validation { valid issues { ruleId campaign { name } } }
    inventory { carriedWeight entries { id quantity item { ... on Item { id name source description } } } }
    campaigns { id name }
  }
} }`;

const ITEMS_PER_CHARACTER = 40;
const MEMBERS = 6;

/**
 * Issue 4 §5: a campaign query with 6 members, each carrying 40 catalog items, resolves through
 * the router with a number of SQL statements per subgraph that does not depend on the number of
 * members or items. Every entity reference and child list goes through a DataLoader, and the
 * characters subgraph asks campaigns for every member's rule profile in one request.
 */
describe('a campaign table query costs the same SQL statements for 1 member with 4 items as for 6 with 40 each', () => {
  let grimoire: TestStack;
  let gm: TestUser;
  /** 40 catalog item ids covering armor, weapons, gear and magic items, and one of each kind. */
  let items: string[];
  let oneOfEachKind: string[];

  beforeAll(async () => {
    grimoire = await startTestStack('campaign_efficiency');
    gm = await grimoire.signUp('Efficient GM');
    const catalog = await grimoire.query(
      `{ equipment(first: 60) { edges { node { __typename id } } } magicItems(first: 10, filter: { requiresAttunement: false }) { edges { node { id } } } }`,
      {},
      gm.accessToken,
    );
    expect(catalog.errors).toBeUndefined();
    const equipment = (catalog.data!.equipment.edges as { node: { __typename: string; id: string } }[]).map(
      (edge) => edge.node,
    );
    const magic = (catalog.data!.magicItems.edges as { node: { id: string } }[]).map((edge) => edge.node.id);
    const firstOf = (kind: string) => equipment.find((node) => node.__typename === kind)!.id;
    oneOfEachKind = [firstOf('Armor'), firstOf('Weapon'), firstOf('Gear'), magic[0]!];
    items = [...new Set([...oneOfEachKind, ...equipment.map((node) => node.id), ...magic])].slice(
      0,
      ITEMS_PER_CHARACTER,
    );
    expect(items).toHaveLength(ITEMS_PER_CHARACTER);
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  /** A campaign with a rule profile and `members` players, each bringing a fighter carrying `carried`. */
  async function campaignWith(members: number, carried: string[]): Promise<string> {
    const campaignId = await grimoire.createCampaign(gm, { name: 'Table' });
    await grimoire.ok(
      'mutation($c: ID!, $banned: ID!) { setCampaignRuleProfile(campaignId: $c, input: { allowedClasses: ["fighter"], bannedItems: [$banned] }) { id } }',
      // Every character carries this weapon: each gets a campaign issue to report.
      { c: campaignId, banned: oneOfEachKind[1] },
      gm,
    );
    for (let index = 0; index < members; index += 1) {
      const player = await grimoire.signUp(`Player ${index}`);
      await grimoire.ok(
        'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
        { c: campaignId, u: player.userId },
        gm,
      );
      const character = await grimoire.ok(
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        {
          input: {
            name: `Fighter ${index}`,
            species: 'human',
            classes: [{ class: 'fighter', level: 3 }],
            abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
            equipment: carried.map((item) => ({ item })),
          },
        },
        player,
      );
      await grimoire.ok(
        'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: character.createCharacter.id },
        player,
      );
    }
    return campaignId;
  }

  /** Statements each subgraph ran for one table query, and the party it returned. */
  async function oneRun(campaignId: string): Promise<{ cost: Record<string, number>; party: any[] }> {
    const count = () =>
      Object.fromEntries(
        Object.entries(grimoire.stack.subgraphs).map(([name, subgraph]) => [name, subgraph.database.statementCount()]),
      );
    const before = count();
    const party = (await grimoire.ok(CAMPAIGN_TABLE, { id: campaignId }, gm)).campaign.party;
    const after = count();
    return { cost: Object.fromEntries(Object.keys(after).map((name) => [name, after[name]! - before[name]!])), party };
  }

  it('counts the statements per subgraph', async () => {
    const small = await campaignWith(1, oneOfEachKind);
    const large = await campaignWith(MEMBERS, items);

    const smallRun = await oneRun(small);
    const largeRun = await oneRun(large);

    // The query really resolved everything: 6 members × 40 items with catalog names, and the profile's checks.
    expect(largeRun.party).toHaveLength(MEMBERS);
    for (const member of largeRun.party) {
      expect(member.inventory.entries).toHaveLength(ITEMS_PER_CHARACTER);
      for (const entry of member.inventory.entries) expect(entry.item?.name, entry.id).toEqual(expect.any(String));
      expect(member.validation.issues).toContainEqual({ ruleId: 'campaign.banned-item', campaign: { name: 'Table' } });
      expect(member.campaigns).toEqual([{ id: large, name: 'Table' }]);
    }
    expect(largeRun.cost).toEqual(smallRun.cost);
    // Sanity: the query touched every subgraph it reads from.
    for (const name of ['accounts', 'characters', 'campaigns', 'catalog'])
      expect(smallRun.cost[name], name).toBeGreaterThan(0);
  });
});
