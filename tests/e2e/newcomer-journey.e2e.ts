import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  AddPartyMemberDocument,
  CampaignDocument,
  CreateCampaignDocument,
  CreateCharacterDocument,
  MeDocument,
  MyCharactersDocument,
  SignUpDocument,
} from '@grimoire/sdk';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

/**
 * The journey the README promises a newcomer, written with the typed SDK a frontend uses:
 * sign up, create a character and a campaign, put the character in the party, and read the
 * campaign with fields from three subgraphs through one endpoint. (The live half of the
 * journey is in party-subscription.e2e.ts.)
 */
describe('newcomer journey through the router', () => {
  let grimoire: TestStack;

  beforeAll(async () => {
    grimoire = await startTestStack('journey');
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('signs up, builds a party and reads it across subgraphs', async () => {
    const signUp = await grimoire.execute(SignUpDocument, {
      input: { email: 'Ada@Example.test', password: 'a long enough passphrase', displayName: 'Ada' },
    });
    expect(signUp.errors).toBeUndefined();
    const { accessToken, user } = signUp.data!.signUp;
    expect(user).toMatchObject({ email: 'ada@example.test', displayName: 'Ada' });
    expect(user.roles).toContain('PLAYER');

    const me = await grimoire.execute(MeDocument, {}, accessToken);
    expect(me.data?.me).toMatchObject({ id: user.id, displayName: 'Ada', email: 'ada@example.test' });

    const created = await grimoire.execute(
      CreateCharacterDocument,
      { input: { name: 'Lia Brightwater' } },
      accessToken,
    );
    expect(created.errors).toBeUndefined();
    const character = created.data!.createCharacter;
    expect(character).toMatchObject({ name: 'Lia Brightwater', owner: { id: user.id, displayName: 'Ada' } });

    const mine = await grimoire.execute(MyCharactersDocument, { first: 10 }, accessToken);
    expect(mine.data!.myCharacters.edges.map((edge) => edge.node.id)).toEqual([character.id]);
    expect(mine.data!.myCharacters.pageInfo.hasNextPage).toBe(false);

    const campaign = await grimoire.execute(
      CreateCampaignDocument,
      { input: { name: 'The Sunless Citadel', description: 'A first adventure' } },
      accessToken,
    );
    expect(campaign.errors).toBeUndefined();
    const campaignId = campaign.data!.createCampaign.id;
    expect(campaign.data!.createCampaign.gameMaster).toEqual({ id: user.id, displayName: 'Ada' });

    const added = await grimoire.execute(
      AddPartyMemberDocument,
      { campaignId, characterId: character.id },
      accessToken,
    );
    expect(added.data).toEqual({
      addPartyMember: { id: campaignId, party: [{ id: character.id, name: 'Lia Brightwater' }] },
    });

    const read = await grimoire.execute(CampaignDocument, { id: campaignId }, accessToken);
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
