import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

type Issue = { ruleId: string; severity: string; path: string; campaign: { id: string; name: string } | null };

const PARTY_VALIDATION = `query($id: ID!) { campaign(id: $id) { name ruleProfile { allowedClasses levelRange { min max } }
  party { name validation { valid issues { ruleId severity path campaign { id name } } } } } }`;

/**
 * A campaign's rule profile through the router: the game master invites a player and follows the
 * invitation, the player brings a character, the game master sets the profile, and both see the
 * character's breaches in `Character.validation`, each naming the campaign (resolved by campaigns).
 * Then the campaign's status closes it step by step: completed admits nobody, archived is read-only.
 */
describe('campaign rule profiles and status through the router', () => {
  let grimoire: TestStack;
  let gm: TestUser;
  let player: TestUser;
  let latecomer: TestUser;

  beforeAll(async () => {
    grimoire = await startTestStack('campaign_rules');
    [gm, player, latecomer] = [
      await grimoire.signUp('Rules Keeper'),
      await grimoire.signUp('Rule Bender'),
      await grimoire.signUp('Latecomer'),
    ];
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('applies the profile to party members and gates what a finished campaign allows', async () => {
    const campaignId = (await grimoire.ok('mutation { createCampaign(input: { name: "Iron Vow" }) { id } }', {}, gm))
      .createCampaign.id as string;
    const invited = await grimoire.ok(
      'mutation($c: ID!, $u: ID!) { inviteToCampaign(campaignId: $c, userId: $u, role: PLAYER) { id } }',
      { c: campaignId, u: player.userId },
      gm,
    );
    const pending = await grimoire.ok(
      'query($id: ID!) { campaign(id: $id) { invitations { id status invitee { id displayName } } } }',
      { id: campaignId },
      gm,
    );
    expect(pending.campaign.invitations).toEqual([
      {
        id: invited.inviteToCampaign.id,
        status: 'PENDING',
        invitee: { id: player.userId, displayName: 'Rule Bender' },
      },
    ]);
    await grimoire.ok(
      'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
      { id: invited.inviteToCampaign.id },
      player,
    );

    const wizard = await grimoire.ok(
      `mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }`,
      {
        input: {
          name: 'Vex',
          species: 'elf',
          lineage: 'elven-lineage-high-elf',
          background: 'sage',
          classes: [{ class: 'wizard', level: 5 }],
          abilityScores: { method: 'MANUAL', str: 8, dex: 14, con: 14, int: 17, wis: 12, cha: 10 },
          equipment: [{ item: 'longsword' }],
        },
      },
      player,
    );
    const characterId = wizard.createCharacter.id as string;
    await grimoire.ok(
      'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: characterId },
      player,
    );

    // The player cannot set the rules; the game master can.
    const refused = await grimoire.query(
      'mutation($c: ID!) { setCampaignRuleProfile(campaignId: $c, input: { allowedClasses: ["wizard"] }) { id } }',
      { c: campaignId },
      player.accessToken,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await grimoire.ok(
      `mutation($c: ID!) { setCampaignRuleProfile(campaignId: $c, input: {
        allowedClasses: ["fighter", "rogue"], levelRange: { min: 1, max: 3 }, bannedItems: ["longsword"] }) { id } }`,
      { c: campaignId },
      gm,
    );

    // The game master sees the party's breaches; the player sees them on their own character.
    const seenByGm = (await grimoire.ok(PARTY_VALIDATION, { id: campaignId }, gm)).campaign;
    expect(seenByGm.ruleProfile).toEqual({ allowedClasses: ['fighter', 'rogue'], levelRange: { min: 1, max: 3 } });
    const partyIssues = (seenByGm.party[0].validation.issues as Issue[]).filter((issue) => issue.campaign !== null);
    expect(partyIssues.map((issue) => [issue.ruleId, issue.path])).toEqual([
      ['campaign.class', 'classes[0].classId'],
      ['campaign.level-range', 'classes'],
      ['campaign.banned-item', 'inventory.entries[0].itemId'],
    ]);
    for (const issue of partyIssues) expect(issue.campaign).toEqual({ id: campaignId, name: 'Iron Vow' });
    expect(seenByGm.party[0].validation.valid).toBe(false);

    const own = await grimoire.ok(
      `query($id: ID!, $c: ID) { character(id: $id) { validation(campaignId: $c) { valid issues { ruleId campaign { name } } } } }`,
      { id: characterId, c: campaignId },
      player,
    );
    expect(own.character.validation.issues.filter((issue: Issue) => issue.campaign).length).toBe(3);

    // Completed: nobody new joins, but the game master still edits.
    for (const status of ['ACTIVE', 'COMPLETED'])
      await grimoire.ok(
        'mutation($id: ID!, $s: CampaignStatus!) { changeCampaignStatus(id: $id, status: $s) { id } }',
        { id: campaignId, s: status },
        gm,
      );
    const lateInvite = await grimoire.query(
      'mutation($c: ID!, $u: ID!) { inviteToCampaign(campaignId: $c, userId: $u, role: PLAYER) { id } }',
      { c: campaignId, u: latecomer.userId },
      gm.accessToken,
    );
    expect(lateInvite.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'COMPLETED' });
    await grimoire.ok('mutation($c: ID!) { clearCampaignRuleProfile(campaignId: $c) { id } }', { c: campaignId }, gm);

    // Archived: read-only, still readable by members.
    await grimoire.ok(
      'mutation($id: ID!) { changeCampaignStatus(id: $id, status: ARCHIVED) { id } }',
      { id: campaignId },
      gm,
    );
    const archivedEdit = await grimoire.query(
      'mutation($id: ID!) { updateCampaign(id: $id, input: { name: "Renamed" }) { id } }',
      { id: campaignId },
      gm.accessToken,
    );
    expect(archivedEdit.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'ARCHIVED' });
    expect((await grimoire.ok(PARTY_VALIDATION, { id: campaignId }, player)).campaign.name).toBe('Iron Vow');
  });
  it("allows SRD content and the campaign's homebrew, not a player's private homebrew", async () => {
    const createFeat = async (name: string, user: TestUser) =>
      (
        await grimoire.ok(
          'mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id } }',
          {
            input: { name, category: 'GENERAL', repeatable: false, effects: [{ kind: 'INITIATIVE_BONUS', amount: 1 }] },
          },
          user,
        )
      ).createHomebrewFeat.id as string;
    const shared = await createFeat('Shared Reflexes', gm);
    const private_ = await createFeat('Private Reflexes', player);
    const campaignId = await grimoire.createCampaign(gm, { name: 'House Rules' }, [player]);
    await grimoire.ok(
      'mutation($c: ID!, $h: ID!) { allowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id } }',
      { c: campaignId, h: shared },
      gm,
    );

    const character = await grimoire.ok(
      'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
      {
        input: {
          name: 'Twitch',
          classes: [{ class: 'rogue', level: 4 }],
          abilityScores: { method: 'MANUAL', str: 10, dex: 16, con: 14, int: 12, wis: 10, cha: 8 },
          feats: [shared, private_],
        },
      },
      player,
    );
    const characterId = character.createCharacter.id as string;
    await grimoire.ok(
      'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: characterId },
      player,
    );
    // SRD content and the campaign's homebrew only (allowedHomebrew null: all the campaign allows).
    await grimoire.ok(
      'mutation($c: ID!) { setCampaignRuleProfile(campaignId: $c, input: { allowSrd: true }) { id } }',
      { c: campaignId },
      gm,
    );

    const validation = (
      await grimoire.ok(
        'query($id: ID!) { character(id: $id) { validation { issues { ruleId path message campaign { name } } } } }',
        { id: characterId },
        player,
      )
    ).character.validation;
    expect((validation.issues as Issue[]).filter((issue) => issue.campaign)).toEqual([
      {
        ruleId: 'campaign.source',
        path: 'feats[1].featId',
        message: 'House Rules: Private Reflexes is homebrew, which this campaign does not allow.',
        campaign: { name: 'House Rules' },
      },
    ]);
  });
});
