import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

const DERIVED = 'id initiative { value breakdown { source amount } } feats { feat { id name } }';

/**
 * Homebrew shared through a campaign, through the router: the game master's feat, once allowed
 * in the campaign, is usable by a player member exactly like SRD content (catalog visibility,
 * the characters subgraph reading it as the character's owner, the rules engine applying it).
 */
describe('campaign homebrew through the router', () => {
  let grimoire: TestStack;

  beforeAll(async () => {
    grimoire = await startTestStack('campaign_homebrew');
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it("lets a player build with the GM's allowed homebrew feat, and hides it from strangers", async () => {
    const gm = await grimoire.signUp('Game Master');
    const player = await grimoire.signUp('Player');
    const stranger = await grimoire.signUp('Stranger');

    const feat = await grimoire.query(
      `mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id name } }`,
      {
        input: {
          name: 'Table Reflexes',
          category: 'GENERAL',
          repeatable: false,
          effects: [{ kind: 'INITIATIVE_BONUS', amount: 2 }],
        },
      },
      gm.accessToken,
    );
    expect(feat.errors).toBeUndefined();
    const featId: string = feat.data!.createHomebrewFeat.id;

    const campaign = await grimoire.query(
      'mutation { createCampaign(input: { name: "Homebrew Nights" }) { id } }',
      {},
      gm.accessToken,
    );
    const campaignId: string = campaign.data!.createCampaign.id;
    const member = await grimoire.query(
      'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
      { c: campaignId, u: player.userId },
      gm.accessToken,
    );
    expect(member.errors).toBeUndefined();

    const allowed = await grimoire.query(
      'mutation($c: ID!, $h: ID!) { allowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id allowedHomebrew } }',
      { c: campaignId, h: featId },
      gm.accessToken,
    );
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.allowHomebrewInCampaign).toEqual({ id: campaignId, allowedHomebrew: [featId] });
    const asPlayer = await grimoire.query(
      'query($id: ID!) { campaign(id: $id) { allowedHomebrew } }',
      { id: campaignId },
      player.accessToken,
    );
    expect(asPlayer.data!.campaign.allowedHomebrew).toEqual([featId]);

    const seen = await grimoire.query(
      'query($id: ID!) { feat(id: $id) { id name owner { id } } }',
      { id: featId },
      player.accessToken,
    );
    expect(seen.data!.feat).toEqual({ id: featId, name: 'Table Reflexes', owner: { id: gm.userId } });

    const created = await grimoire.query(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { ${DERIVED} } }`,
      {
        input: {
          name: 'Swift Wren',
          classes: [{ class: 'rogue', level: 4 }],
          abilityScores: { method: 'MANUAL', str: 10, dex: 16, con: 14, int: 12, wis: 10, cha: 8 },
          feats: [featId],
        },
      },
      player.accessToken,
    );
    expect(created.errors).toBeUndefined();
    const characterId: string = created.data!.createCharacter.id;
    const expected = {
      id: characterId,
      initiative: {
        value: 5,
        breakdown: [
          { source: 'DEX', amount: 3 },
          { source: 'Table Reflexes', amount: 2 },
        ],
      },
      feats: [{ feat: { id: featId, name: 'Table Reflexes' } }],
    };
    expect(created.data!.createCharacter).toEqual(expected);

    // The party brings the sheet to the GM too; the player reads it back, derived again.
    const party = await grimoire.query(
      'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { party { id } } }',
      { c: campaignId, ch: characterId },
      gm.accessToken,
    );
    expect(party.data!.addPartyMember.party).toEqual([{ id: characterId }]);
    const read = await grimoire.query(
      `query($id: ID!) { character(id: $id) { ${DERIVED} } }`,
      { id: characterId },
      player.accessToken,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.character).toEqual(expected);

    // Withdrawn, the feat stops applying, like deleted homebrew: the sheet still derives.
    const disallowed = await grimoire.query(
      'mutation($c: ID!, $h: ID!) { disallowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { allowedHomebrew } }',
      { c: campaignId, h: featId },
      gm.accessToken,
    );
    expect(disallowed.data!.disallowHomebrewInCampaign.allowedHomebrew).toEqual([]);
    const withdrawn = await grimoire.query(
      'query($id: ID!) { character(id: $id) { initiative { value } } }',
      { id: characterId },
      player.accessToken,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.character.initiative).toEqual({ value: 3 });
    // Allowed again, so what follows shows that allowing shares with members only.
    await grimoire.query(
      'mutation($c: ID!, $h: ID!) { allowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id } }',
      { c: campaignId, h: featId },
      gm.accessToken,
    );

    // A stranger sees no such feat, in lookups or lists, and building with it gains nothing:
    // to the stranger's character it is an unknown feat, flagged by validation.
    const hidden = await grimoire.query(
      'query($id: ID!) { feat(id: $id) { id } feats(filter: { source: HOMEBREW }) { edges { node { id } } } }',
      { id: featId },
      stranger.accessToken,
    );
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data).toEqual({ feat: null, feats: { edges: [] } });
    const copycat = await grimoire.query(
      'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { initiative { value } validation { issues { ruleId } } } }',
      {
        input: {
          name: 'Copycat',
          classes: [{ class: 'rogue', level: 4 }],
          abilityScores: { method: 'MANUAL', str: 10, dex: 16, con: 14, int: 12, wis: 10, cha: 8 },
          feats: [featId],
        },
      },
      stranger.accessToken,
    );
    expect(copycat.errors).toBeUndefined();
    expect(copycat.data!.createCharacter.initiative).toEqual({ value: 3 });
    expect(copycat.data!.createCharacter.validation.issues).toContainEqual({ ruleId: 'feats.unknown' });
  });
});
