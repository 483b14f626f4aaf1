import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
// The real characters subgraph publishes the deletion; all traffic goes over HTTP and the bus.
// eslint-disable-next-line no-restricted-imports
import { startCharactersSubgraph } from '@grimoire/subgraph-characters';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { CampaignsTables } from '../db/database.js';
import { partyMembers } from '../db/tables/index.js';
import { startCampaignsSubgraph } from '../server.js';

const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };

describe('character deletions reach campaigns through the durable bus', () => {
  let database: TestDatabase;
  let characters: RunningSubgraph;
  let campaigns: RunningSubgraph<CampaignsTables> | undefined;
  const options = () => testSubgraphOptions(database);

  beforeAll(async () => {
    database = await createTestDatabase('character_deletions');
    characters = await startCharactersSubgraph(options());
  });

  afterAll(async () => {
    await campaigns?.stop();
    await characters?.stop();
    await database?.drop();
  });

  const startCampaigns = async () => {
    campaigns = await startCampaignsSubgraph({ ...options(), charactersUrl: characters.url });
    return campaigns;
  };

  it('drops a character deleted while campaigns was down from the party once campaigns is back', async () => {
    let running = await startCampaigns();
    const onCampaigns = async (query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await postGraphQL(running.url, query, variables, { identity: gm });
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const campaignId = (await onCampaigns('mutation { createCampaign(input: { name: "Durable" }) { id } }'))
      .createCampaign.id as string;
    const created = await postGraphQL(
      characters.url,
      'mutation { createCharacter(input: { name: "Doomed" }) { id } }',
      {},
      { identity: gm },
    );
    const characterId = created.body.data!.createCharacter.id as string;
    await onCampaigns('mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }', {
      c: campaignId,
      ch: characterId,
    });

    await running.stop();
    campaigns = undefined;
    const deleted = await postGraphQL(
      characters.url,
      'mutation($id: ID!) { deleteCharacter(id: $id) }',
      { id: characterId },
      { identity: gm },
    );
    expect(deleted.body.data).toEqual({ deleteCharacter: characterId });
    // Nothing consumes the deletion while campaigns is down.
    await new Promise((resolve) => setTimeout(resolve, 300));

    running = await startCampaigns();
    const party = async () =>
      running.database.db
        .select({ characterId: partyMembers.characterId })
        .from(partyMembers)
        .where(eq(partyMembers.campaignId, campaignId));
    await vi.waitFor(async () => expect(await party()).toEqual([]), { timeout: 10_000, interval: 100 });
  });
});
