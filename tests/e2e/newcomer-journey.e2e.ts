import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

/**
 * The journey README promises a newcomer: sign up, create a character and a campaign, put the
 * character in the party, read the campaign with fields from three subgraphs through one
 * endpoint, and watch the party change live over graphql-ws.
 */
describe('newcomer journey through the router', () => {
  let grimoire: TestStack;

  beforeAll(async () => {
    grimoire = await startTestStack('journey');
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('signs up, builds a party and reads it across subgraphs, live', async () => {
    const signUp = await grimoire.query(
      `mutation($input: SignUpInput!) {
        signUp(input: $input) { accessToken refreshToken user { id email displayName roles } }
      }`,
      { input: { email: 'Ada@Example.test', password: 'a long enough passphrase', displayName: 'Ada' } },
    );
    expect(signUp.errors).toBeUndefined();
    const { accessToken, user } = signUp.data!.signUp;
    expect(user).toMatchObject({ email: 'ada@example.test', displayName: 'Ada' });
    expect(user.roles).toContain('PLAYER');

    const me = await grimoire.query('{ me { id displayName } }', {}, accessToken);
    expect(me.data).toEqual({ me: { id: user.id, displayName: 'Ada' } });

    const created = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id name owner { id displayName } } }`,
      { input: { name: 'Lia Brightwater' } },
      accessToken,
    );
    expect(created.errors).toBeUndefined();
    const character = created.data!.createCharacter;
    expect(character).toMatchObject({ name: 'Lia Brightwater', owner: { id: user.id, displayName: 'Ada' } });

    const mine = await grimoire.query(
      '{ myCharacters(first: 10) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
      {},
      accessToken,
    );
    expect(mine.data!.myCharacters.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([character.id]);
    expect(mine.data!.myCharacters.pageInfo.hasNextPage).toBe(false);

    const campaign = await grimoire.query(
      `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id name gameMaster { id displayName } } }`,
      { input: { name: 'The Sunless Citadel', description: 'A first adventure' } },
      accessToken,
    );
    expect(campaign.errors).toBeUndefined();
    const campaignId = campaign.data!.createCampaign.id;
    expect(campaign.data!.createCampaign.gameMaster).toEqual({ id: user.id, displayName: 'Ada' });

    const added = await grimoire.query(
      'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id name } } }',
      { c: campaignId, ch: character.id },
      accessToken,
    );
    expect(added.data).toEqual({
      addPartyMember: { id: campaignId, party: [{ id: character.id, name: 'Lia Brightwater' }] },
    });

    const read = await grimoire.query(
      `query($id: ID!) { campaign(id: $id) {
        id name gameMaster { displayName }
        party { id name owner { displayName } campaigns { id name } }
      } }`,
      { id: campaignId },
      accessToken,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      campaign: {
        id: campaignId,
        name: 'The Sunless Citadel',
        gameMaster: { displayName: 'Ada' },
        party: [
          {
            id: character.id,
            name: 'Lia Brightwater',
            owner: { displayName: 'Ada' },
            campaigns: [{ id: campaignId, name: 'The Sunless Citadel' }],
          },
        ],
      },
    });
  });
});
