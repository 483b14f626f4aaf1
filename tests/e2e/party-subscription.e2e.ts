import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectEvents, startTestStack, type TestStack } from '../harness/test-stack.js';

const PARTY_CHANGED = `subscription($id: ID!) {
  partyChanged(campaignId: $id) { id name party { id name owner { displayName } } }
}`;

/** Keeps triggering a change until the subscription has delivered what we wait for. */
async function triggerUntil<T>(events: Promise<T>, trigger: (attempt: number) => Promise<unknown>): Promise<T> {
  let settled = false;
  const result = events.finally(() => {
    settled = true;
  });
  for (let attempt = 0; !settled && attempt < 40; attempt += 1) {
    await trigger(attempt);
    await Promise.race([result.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 250))]);
  }
  return result;
}

describe('partyChanged through the router', () => {
  let grimoire: TestStack;
  let gm: Awaited<ReturnType<TestStack['signUp']>>;
  let player: Awaited<ReturnType<TestStack['signUp']>>;
  let campaignId: string;
  let playerCharacterId: string;

  beforeAll(async () => {
    grimoire = await startTestStack('subscription');
    gm = await grimoire.signUp('Morgan');
    player = await grimoire.signUp('Bob');
    const campaign = await grimoire.query(
      'mutation { createCampaign(input: { name: "Curse of the Crimson Throne" }) { id } }',
      {},
      gm.accessToken,
    );
    campaignId = campaign.data!.createCampaign.id;
    const member = await grimoire.query(
      'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
      { c: campaignId, u: player.userId },
      gm.accessToken,
    );
    expect(member.errors).toBeUndefined();
    const character = await grimoire.query(
      'mutation { createCharacter(input: { name: "Bram" }) { id } }',
      {},
      player.accessToken,
    );
    playerCharacterId = character.data!.createCharacter.id;
    const added = await grimoire.query(
      'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: playerCharacterId },
      gm.accessToken,
    );
    expect(added.errors).toBeUndefined();
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('delivers a member character change with fields from campaigns, characters and accounts', async () => {
    const client = grimoire.wsClient(player.accessToken);
    const subscription = collectEvents(client, PARTY_CHANGED, { id: campaignId }, 1);
    const [event] = await triggerUntil(subscription.events, (attempt) =>
      grimoire.query(
        'mutation($id: ID!, $name: String!) { renameCharacter(id: $id, name: $name) { id } }',
        { id: playerCharacterId, name: `Bram the Bold ${attempt}` },
        player.accessToken,
      ),
    );
    expect(event!.errors).toBeUndefined();
    const changed = event!.data!.partyChanged;
    expect(changed).toMatchObject({ id: campaignId, name: 'Curse of the Crimson Throne' });
    expect(changed.party).toEqual([
      { id: playerCharacterId, name: expect.stringMatching(/^Bram the Bold \d+$/), owner: { displayName: 'Bob' } },
    ]);
  });

  it('delivers membership changes made by the game master', async () => {
    const client = grimoire.wsClient(gm.accessToken);
    const subscription = collectEvents(client, PARTY_CHANGED, { id: campaignId }, 1);
    const gmCharacter = await grimoire.query(
      'mutation { createCharacter(input: { name: "Vex" }) { id } }',
      {},
      gm.accessToken,
    );
    const vexId = gmCharacter.data!.createCharacter.id;
    const [event] = await triggerUntil(subscription.events, async (attempt) => {
      const mutation = attempt % 2 === 0 ? 'addPartyMember' : 'removePartyMember';
      await grimoire.query(
        `mutation($c: ID!, $ch: ID!) { ${mutation}(campaignId: $c, characterId: $ch) { id } }`,
        { c: campaignId, ch: vexId },
        gm.accessToken,
      );
    });
    expect(event!.errors).toBeUndefined();
    expect(event!.data!.partyChanged.party.map((member: { id: string }) => member.id)).toContain(playerCharacterId);
  });

  it('refuses a subscription from someone outside the campaign', async () => {
    const stranger = await grimoire.signUp('Eve');
    const client = grimoire.wsClient(stranger.accessToken);
    const { events } = collectEvents(client, PARTY_CHANGED, { id: campaignId }, 1);
    const outcome = await events.then(
      (received) => received[0]?.errors?.[0]?.extensions?.code,
      (error: unknown) => JSON.stringify(error),
    );
    expect(outcome).toMatch(/FORBIDDEN/);
  });

  it('refuses a subscription without a valid token', async () => {
    const client = grimoire.wsClient('not-a-token');
    const { events } = collectEvents(client, PARTY_CHANGED, { id: campaignId }, 1);
    await expect(events).rejects.toBeDefined();
  });
});
