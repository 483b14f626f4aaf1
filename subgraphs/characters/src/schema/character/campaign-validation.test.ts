import { randomUUID } from 'node:crypto';

import { signIdentity } from '@grimoire/platform';
import { TEST_INTERNAL_SECRET } from '@grimoire/platform/testing';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import {
  createCharacter,
  FIGHTER,
  newUser,
  startTestCharacters,
  type TestCharacters,
  WIZARD,
} from '../test-support.js';

// Character.validation applies the rule profiles of the character's campaigns, read from a
// stand-in for the campaigns subgraph (the end-to-end test campaign-rules.e2e.ts uses the real one).
const player = newUser();
const gameMaster = newUser();

const VALIDATION = 'valid issues { ruleId severity path message campaign { id } }';
const TWO = `query($a: ID!, $b: ID!) { a: character(id: $a) { validation { ${VALIDATION} } } b: character(id: $b) { validation { ${VALIDATION} } } }`;
const ONE_IN = `query($id: ID!, $c: ID) { character(id: $id) { validation(campaignId: $c) { ${VALIDATION} } } }`;

type Issue = { ruleId: string; severity: string; path: string; message: string; campaign: { id: string } | null };
const campaignIssues = (validation: { issues: Issue[] }) =>
  validation.issues.filter((issue) => issue.ruleId.startsWith('campaign.'));

describe('campaign rule profiles in Character.validation', () => {
  let kit: TestCharacters;
  const clients: Client[] = [];

  beforeAll(async () => {
    kit = await startTestCharacters('characters_campaign_validation', { withCampaigns: true });
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map(async (client) => client.dispose()));
    await kit?.stop();
  });

  /** A party of a level-5 wizard (elf) and a level-5 fighter carrying a longsword in its pack. */
  async function party(): Promise<{ wizard: string; fighter: string }> {
    const wizard = await createCharacter(kit, WIZARD, player);
    const fighter = await createCharacter(kit, FIGHTER, player);
    await kit.ok(
      'mutation($id: ID!) { addInventoryItem(id: $id, input: { item: "rope" }) { id } }',
      { id: fighter },
      player,
    );
    await kit.ok(
      'mutation($id: ID!) { addInventoryItem(id: $id, input: { item: "longsword" }) { id } }',
      { id: fighter },
      player,
    );
    return { wizard, fighter };
  }

  it('reports each breach of a campaign profile naming the campaign, in one request to campaigns', async () => {
    const { wizard, fighter } = await party();
    const strict = randomUUID();
    kit.campaigns!.campaigns.push({
      id: strict,
      name: 'Iron Vow',
      gameMasterId: gameMaster.userId,
      memberIds: [player.userId],
      characterIds: [wizard, fighter],
      ruleProfile: {
        allowSrd: true,
        allowedHomebrew: null,
        allowedClasses: ['fighter'],
        allowedSpecies: ['human', 'dwarf'],
        startingLevel: null,
        levelRange: { min: 1, max: 4 },
        bannedItems: ['longsword'],
      },
    });
    const before = kit.campaigns!.requests;
    const data = await kit.ok(TWO, { a: wizard, b: fighter }, player);
    // Both characters' campaigns came in one batched request.
    expect(kit.campaigns!.requests - before).toBe(1);

    const wizardIssues = campaignIssues(data.a.validation);
    expect(wizardIssues.map((issue) => [issue.ruleId, issue.path, issue.campaign?.id])).toEqual([
      ['campaign.class', 'classes[0].classId', strict],
      ['campaign.species', 'speciesId', strict],
      ['campaign.level-range', 'classes', strict],
    ]);
    expect(wizardIssues[0]!.message).toMatch(/^Iron Vow: Wizard is not allowed/);
    expect(data.a.validation.valid).toBe(false);

    const fighterIssues = campaignIssues(data.b.validation);
    expect(fighterIssues.map((issue) => [issue.ruleId, issue.path])).toEqual([
      ['campaign.level-range', 'classes'],
      // The longsword is only carried (second inventory entry): banned wherever it sits.
      ['campaign.banned-item', 'inventory.entries[1].itemId'],
    ]);
    expect(data.b.validation.valid).toBe(false);
    // The game's own rules never name a campaign.
    for (const issue of data.a.validation.issues as Issue[])
      if (!issue.ruleId.startsWith('campaign.')) expect(issue.campaign).toBeNull();
  });

  it('narrows to one campaign with validation(campaignId), and refuses a campaign the character is not in', async () => {
    const { wizard } = await party();
    const [lenient, levelled] = [randomUUID(), randomUUID()];
    kit.campaigns!.campaigns.push(
      {
        id: lenient,
        gameMasterId: gameMaster.userId,
        memberIds: [player.userId],
        characterIds: [wizard],
        ruleProfile: null,
      },
      {
        id: levelled,
        gameMasterId: gameMaster.userId,
        memberIds: [player.userId],
        characterIds: [wizard],
        ruleProfile: {
          allowSrd: true,
          allowedHomebrew: null,
          allowedClasses: null,
          allowedSpecies: null,
          startingLevel: 8,
          levelRange: null,
          bannedItems: [],
        },
      },
    );
    const all = (await kit.ok(ONE_IN, { id: wizard, c: null }, player)).character.validation;
    expect(campaignIssues(all).map((issue) => [issue.ruleId, issue.severity, issue.campaign?.id])).toEqual([
      ['campaign.starting-level', 'WARNING', levelled],
    ]);
    // A starting level is advice: the character stays valid.
    expect(all.valid).toBe(true);
    const onlyLenient = (await kit.ok(ONE_IN, { id: wizard, c: lenient }, player)).character.validation;
    expect(campaignIssues(onlyLenient)).toEqual([]);
    const error = await kit.fails('BAD_USER_INPUT', ONE_IN, { id: wizard, c: randomUUID() }, player);
    expect(error.extensions.field).toBe('campaignId');
    await kit.fails('BAD_USER_INPUT', ONE_IN, { id: wizard, c: 'not-a-uuid' }, player);
  });

  it('shows a viewer only the campaigns they are a member of', async () => {
    const { fighter } = await party();
    const outsider = newUser();
    kit.campaigns!.campaigns.push({
      gameMasterId: gameMaster.userId,
      memberIds: [player.userId],
      characterIds: [fighter],
      ruleProfile: {
        allowSrd: true,
        allowedHomebrew: null,
        allowedClasses: ['wizard'],
        allowedSpecies: null,
        startingLevel: null,
        levelRange: null,
        bannedItems: [],
      },
    });
    const mine = (await kit.ok(ONE_IN, { id: fighter, c: null }, player)).character.validation;
    expect(campaignIssues(mine).map((issue) => issue.ruleId)).toEqual(['campaign.class']);
    const theirs = (await kit.ok(ONE_IN, { id: fighter, c: null }, outsider)).character.validation;
    expect(campaignIssues(theirs)).toEqual([]);
  });

  it('gives every characterChanged event the campaign rules of that moment', async () => {
    const { wizard } = await party();
    const campaign = {
      gameMasterId: gameMaster.userId,
      memberIds: [player.userId],
      characterIds: [wizard],
      ruleProfile: null as Record<string, unknown> | null,
    };
    kit.campaigns!.campaigns.push(campaign);
    const client = createClient({
      url: kit.subgraph.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: async () => ({ grimoireIdentity: await signIdentity(TEST_INTERNAL_SECRET, player) }),
    });
    clients.push(client);
    const subscription = client.iterate({
      query: `subscription($id: ID!) { characterChanged(id: $id) { name validation { ${VALIDATION} } } }`,
      variables: { id: wizard },
    });
    const events = subscription[Symbol.asyncIterator]();
    const rename = (name: string) =>
      kit.ok(
        'mutation($id: ID!, $n: String!) { renameCharacter(id: $id, name: $n) { id } }',
        { id: wizard, n: name },
        player,
      );

    let next = events.next();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rename('Before the rules');
    expect(campaignIssues((await next).value.data.characterChanged.validation)).toEqual([]);

    // The game master sets a profile between two events; the next event shows it.
    campaign.ruleProfile = {
      allowSrd: true,
      allowedHomebrew: null,
      allowedClasses: ['fighter'],
      allowedSpecies: null,
      startingLevel: null,
      levelRange: null,
      bannedItems: [],
    };
    next = events.next();
    await rename('After the rules');
    const after = (await next).value.data.characterChanged;
    expect(after.name).toBe('After the rules');
    expect(campaignIssues(after.validation).map((issue) => issue.ruleId)).toEqual(['campaign.class']);
    await events.return?.();
  });

  it('says clearly when the campaigns service does not answer, and still reports the rules', async () => {
    const { wizard } = await party();
    const down = { gameMasterId: gameMaster.userId, memberIds: [player.userId], characterIds: [wizard], down: true };
    kit.campaigns!.campaigns.push(down);
    try {
      const validation = (await kit.ok(ONE_IN, { id: wizard, c: null }, player)).character.validation;
      expect(campaignIssues(validation)).toEqual([
        {
          ruleId: 'campaign.unavailable',
          severity: 'WARNING',
          path: '',
          message: 'The campaign rules could not be checked: the campaigns service did not answer.',
          campaign: null,
        },
      ]);
      expect(validation.valid).toBe(true);
    } finally {
      kit.campaigns!.campaigns.splice(kit.campaigns!.campaigns.indexOf(down), 1);
    }
  });
});
