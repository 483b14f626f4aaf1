import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { collectEvents, startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

/**
 * A game master's evening, end to end through the router: invite two players, they accept and
 * bring their characters, the campaign starts, XP is split over the party and both players see it
 * live, a mistaken award is reverted, and a genre shift moves the whole party with memory kept.
 */
describe("the game master's session", () => {
  let grimoire: TestStack;
  let gm: TestUser;
  let alice: TestUser;
  let bob: TestUser;

  const createFighter = async (owner: TestUser, name: string) =>
    (
      await grimoire.ok(
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        {
          input: {
            name,
            classes: [{ class: 'fighter', level: 1 }],
            abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
            equipment: [{ item: 'longsword' }],
          },
        },
        owner,
      )
    ).createCharacter.id as string;

  beforeAll(async () => {
    grimoire = await startTestStack('gm_session');
    gm = await grimoire.signUp('Morgan');
    alice = await grimoire.signUp('Alice');
    bob = await grimoire.signUp('Bob');
  });

  afterAll(async () => {
    await grimoire?.stop();
  });

  it('invites, joins, plays live, reverts and shifts the genre', async () => {
    const campaignId = (await grimoire.ok('mutation { createCampaign(input: { name: "Red Hand" }) { id } }', {}, gm))
      .createCampaign.id as string;

    // Invitations: the GM sees them pending; each invitee accepts their own.
    for (const player of [alice, bob]) {
      await grimoire.ok(
        'mutation($c: ID!, $u: ID!) { inviteToCampaign(campaignId: $c, userId: $u, role: PLAYER) { id } }',
        { c: campaignId, u: player.userId },
        gm,
      );
    }
    const pending = (
      await grimoire.ok(
        'query($id: ID!) { campaign(id: $id) { invitations { invitee { id } } } }',
        { id: campaignId },
        gm,
      )
    ).campaign.invitations;
    expect(pending).toHaveLength(2);
    const characters: string[] = [];
    for (const [player, name] of [
      [alice, 'Aria'],
      [bob, 'Bram'],
    ] as const) {
      const [invitation] = (await grimoire.ok('query { myCampaignInvitations { id campaignName } }', {}, player))
        .myCampaignInvitations;
      expect(invitation.campaignName).toBe('Red Hand');
      const stranger = await grimoire.query(
        'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
        { id: invitation.id },
        (player === alice ? bob : alice).accessToken,
      );
      expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await grimoire.ok(
        'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
        { id: invitation.id },
        player,
      );
      const characterId = await createFighter(player, name);
      await grimoire.ok(
        'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
        { c: campaignId, ch: characterId },
        player,
      );
      characters.push(characterId);
    }

    // Table events need a running campaign.
    const tooEarly = await grimoire.query(
      'mutation($input: RecordTableEventInput!) { recordTableEvent(input: $input) { id } }',
      { input: { campaignId, kind: 'EXPERIENCE', amount: 100, distribution: 'SPLIT' } },
      gm.accessToken,
    );
    expect(tooEarly.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await grimoire.ok(
      'mutation($id: ID!) { changeCampaignStatus(id: $id, status: ACTIVE) { id } }',
      { id: campaignId },
      gm,
    );

    // Both players watch the party; 600 XP split over two is 300 each, seen live with the campaign's name.
    const PARTY_XP =
      'subscription($id: ID!) { partyChanged(campaignId: $id) { name party { id experience { points } } } }';
    const watchers = [alice, bob].map((player) =>
      collectEvents(grimoire.wsClient(player.accessToken), PARTY_XP, { id: campaignId }, 2),
    );
    await Promise.all(watchers.map((watcher) => watcher.started));
    const award = (
      await grimoire.ok(
        'mutation($input: RecordTableEventInput!) { recordTableEvent(input: $input) { id } }',
        { input: { campaignId, kind: 'EXPERIENCE', amount: 600, distribution: 'SPLIT', description: 'The dragon' } },
        gm,
      )
    ).recordTableEvent.id as string;
    for (const watcher of watchers) {
      const events = await watcher.events;
      const last = events.at(-1)!.data!.partyChanged;
      expect(last.name).toBe('Red Hand');
      expect(Object.fromEntries(last.party.map((member: any) => [member.id, member.experience.points]))).toEqual({
        [characters[0]!]: 300,
        [characters[1]!]: 300,
      });
    }

    // The award was a mistake: the revert takes back exactly what it gave, as a new version per character.
    await grimoire.ok('mutation($id: ID!) { revertTableEvent(id: $id) { id } }', { id: award }, gm);
    // The bus applies the revert after the mutation has answered.
    const afterRevert = await vi.waitFor(
      async () => {
        const applications = (
          await grimoire.ok(
            'query($id: ID!) { tableEvent(id: $id) { characterApplications { status character { experience { points } } } } }',
            { id: award },
            gm,
          )
        ).tableEvent.characterApplications as { status: string; character: { experience: { points: number } } }[];
        expect(applications.map((application) => application.status)).toEqual(['REVERTED', 'REVERTED']);
        return applications;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(afterRevert.map((application) => application.character.experience.points)).toEqual([0, 0]);

    // Genre shift: every member gets a new version in the new theme; journal and XP history stay.
    await grimoire.ok(
      'mutation($ch: ID!) { addJournalEntry(id: $ch, input: { title: "Met the Red Hand", body: "Crimson gloves.", sessionDate: "2026-11-26" }) { id } }',
      { ch: characters[0] },
      alice,
    );
    await grimoire.ok(
      'mutation($c: ID!) { transitionCampaignTheme(campaignId: $c, theme: GOTHIC_HORROR, itemPolicy: ADAPT, reason: "The mists rise") { campaign { theme } } }',
      { c: campaignId },
      gm,
    );
    const PARTY_LOOK = `query($id: ID!) { campaign(id: $id) { theme party { id theme journalEntries { edges { node { title } } }
      inventory { entries { name displayName themed { theme root { itemId } } } } } } }`;
    const moved = await vi.waitFor(
      async () => {
        const campaign = (await grimoire.ok(PARTY_LOOK, { id: campaignId }, alice)).campaign;
        expect(campaign.party.map((member: any) => member.theme)).toEqual(['GOTHIC_HORROR', 'GOTHIC_HORROR']);
        return campaign;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(moved.theme).toBe('GOTHIC_HORROR');
    for (const member of moved.party) {
      expect(member.theme).toBe('GOTHIC_HORROR');
      const sword = member.inventory.entries.find((entry: any) => entry.name === 'Longsword');
      expect(sword.themed).toEqual({ theme: 'GOTHIC_HORROR', root: { itemId: 'longsword' } });
      expect(sword.displayName).not.toBe('Longsword');
    }
    const aria = moved.party.find((member: any) => member.id === characters[0]);
    expect(aria.journalEntries.edges.map((edge: any) => edge.node.title)).toEqual(['Met the Red Hand']);
  });
});
