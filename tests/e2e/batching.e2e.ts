import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

const CAMPAIGN_WITH_PARTY = `query($id: ID!) { campaign(id: $id) {
  id name gameMaster { displayName }
  party { id name owner { id displayName } campaigns { id name } }
} }`;

/**
 * The number of SQL statements a campaign query costs each subgraph must not depend on the
 * size of the party: every entity reference and child list goes through a DataLoader.
 */
describe('SQL statements per request stay constant as the party grows', () => {
  let grimoire: TestStack;
  let gm: Awaited<ReturnType<TestStack['signUp']>>;

  beforeAll(async () => {
    grimoire = await startTestStack('batching');
    gm = await grimoire.signUp('Batcher');
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  /** A campaign whose party has `size` characters owned in turn by `owners` (all campaign members). */
  async function campaignWithParty(size: number, owners: { accessToken: string; userId: string }[]): Promise<string> {
    const campaign = await grimoire.query(
      `mutation { createCampaign(input: { name: "Party of ${size}" }) { id } }`,
      {},
      gm.accessToken,
    );
    const campaignId = campaign.data!.createCampaign.id as string;
    for (const owner of owners.filter((owner) => owner.userId !== gm.userId)) {
      const joined = await grimoire.query(
        'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
        { c: campaignId, u: owner.userId },
        gm.accessToken,
      );
      expect(joined.errors).toBeUndefined();
    }
    for (let index = 0; index < size; index += 1) {
      const owner = owners[index % owners.length]!;
      const character = await grimoire.query(
        'mutation($name: String!) { createCharacter(input: { name: $name }) { id } }',
        { name: `Hero ${index}` },
        owner.accessToken,
      );
      const added = await grimoire.query(
        'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: character.data!.createCharacter.id },
        gm.accessToken,
      );
      expect(added.errors).toBeUndefined();
    }
    return campaignId;
  }

  async function statementsFor(campaignId: string): Promise<Record<string, number>> {
    const before = Object.fromEntries(
      Object.entries(grimoire.stack.subgraphs).map(([name, subgraph]) => [name, subgraph.database.statementCount()]),
    );
    const result = await grimoire.query(CAMPAIGN_WITH_PARTY, { id: campaignId }, gm.accessToken);
    expect(result.errors).toBeUndefined();
    return Object.fromEntries(
      Object.entries(grimoire.stack.subgraphs).map(([name, subgraph]) => [
        name,
        subgraph.database.statementCount() - before[name]!,
      ]),
    );
  }

  it('costs the same statements for 1 member as for 50', async () => {
    const owners = [gm, await grimoire.signUp('Second'), await grimoire.signUp('Third')];
    const small = await campaignWithParty(1, owners);
    const large = await campaignWithParty(50, owners);

    const smallCost = await statementsFor(small);
    const largeCost = await statementsFor(large);
    expect(largeCost).toEqual(smallCost);
    // Sanity: the query really touched every subgraph it reads from (the catalog is not one of them).
    for (const name of ['accounts', 'characters', 'campaigns']) expect(smallCost[name], name).toBeGreaterThan(0);
  });
});
