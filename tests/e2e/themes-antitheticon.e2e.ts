import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

const PARTY_LOOK = `query($id: ID!) { campaign(id: $id) { name theme
  themeTransitions { fromTheme toTheme characters { name theme } characterVersions { characterId reason } }
  party { name theme inventory { entries { name displayName themed { theme root { itemId name } } } } } } }`;
const NEMESIS = `query($id: ID!) { campaign(id: $id) { nemesis { name
  secrets { seed mirrors { character { name owner { displayName } } strength } }
  identities { key } revelations { stage } } } }`;

/**
 * Themes and the Antitheticon through the router: the game master shifts the genre and the
 * player's character follows (characters applies it from the event bus; the campaign's name and
 * the character's themed items come from two subgraphs in one response), then builds the nemesis
 * whose mirrors name the party members and their owners (three subgraphs), hidden from the player.
 */
describe('themes and the Antitheticon through the router', () => {
  let grimoire: TestStack;
  let gm: TestUser;
  let player: TestUser;

  beforeAll(async () => {
    grimoire = await startTestStack('themes_antitheticon');
    [gm, player] = [await grimoire.signUp('Genre Shifter'), await grimoire.signUp('Mirror Gazer')];
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('moves the party through a genre shift and builds a nemesis only game masters fully see', async () => {
    const campaignId = await grimoire.createCampaign(gm, { name: 'The Looking Glass', type: 'ANTITHETICON' }, [player]);
    const hero = (
      await grimoire.ok(
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        {
          input: {
            name: 'Brakka',
            classes: [{ class: 'fighter', level: 4 }],
            abilityScores: { method: 'MANUAL', str: 17, dex: 12, con: 15, int: 8, wis: 10, cha: 10 },
            equipment: [{ item: 'longsword' }],
          },
        },
        player,
      )
    ).createCharacter.id as string;
    await grimoire.ok(
      'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: hero },
      player,
    );

    await grimoire.ok(
      'mutation($c: ID!) { transitionCampaignTheme(campaignId: $c, theme: SPACE_OPERA, itemPolicy: ADAPT, reason: "The stars call") { campaign { theme } } }',
      { c: campaignId },
      gm,
    );
    let look: Record<string, any> = {};
    for (let attempt = 0; attempt < 100; attempt++) {
      look = (await grimoire.ok(PARTY_LOOK, { id: campaignId }, player)).campaign;
      // Two parallel fetches to characters (party, versions): wait until both see the new version.
      if (look.party[0].theme === 'SPACE_OPERA' && look.themeTransitions[0].characterVersions.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(look).toMatchObject({
      name: 'The Looking Glass',
      theme: 'SPACE_OPERA',
      themeTransitions: [
        {
          fromTheme: 'HIGH_FANTASY',
          toTheme: 'SPACE_OPERA',
          characters: [{ name: 'Brakka' }],
          characterVersions: [
            { characterId: hero, reason: 'Theme transition HIGH_FANTASY → SPACE_OPERA: The stars call' },
          ],
        },
      ],
      party: [
        {
          name: 'Brakka',
          theme: 'SPACE_OPERA',
          inventory: {
            entries: [
              {
                name: 'Longsword',
                displayName: 'Plasma Longsword',
                themed: { theme: 'SPACE_OPERA', root: { itemId: 'longsword', name: 'Longsword' } },
              },
            ],
          },
        },
      ],
    });

    const built = await grimoire.ok(
      'mutation($c: ID!) { generateNemesis(campaignId: $c, seed: 77) { name level } }',
      { c: campaignId },
      gm,
    );
    expect(built.generateNemesis.level).toBe(5);
    const seenByGm = (await grimoire.ok(NEMESIS, { id: campaignId }, gm)).campaign.nemesis;
    expect(seenByGm.secrets).toEqual({
      seed: 77,
      mirrors: [
        { character: { name: 'Brakka', owner: { displayName: 'Mirror Gazer' } }, strength: 'Strength (fighter)' },
      ],
    });
    expect(seenByGm.identities.length).toBeGreaterThan(0);
    const seenByPlayer = (await grimoire.ok(NEMESIS, { id: campaignId }, player)).campaign.nemesis;
    // Masked: the party does not yet know who the nemesis is.
    expect(seenByGm.name).toEqual(expect.any(String));
    expect(seenByPlayer).toEqual({ name: null, secrets: null, identities: [], revelations: [] });
  });
});
