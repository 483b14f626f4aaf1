import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
import { startCampaignsSubgraph } from '@grimoire/subgraph-campaigns';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';

import { startCharactersProcess } from '../harness/characters-process.js';
import { freePort } from '../harness/free-port.js';

/**
 * No loss on the durable bus: the characters subgraph runs as its own process and is SIGKILLed in
 * the middle of a stream of table events recorded through campaigns; a new process takes over
 * (the killed one's unacknowledged entries after EVENT_CLAIM_IDLE_MS) and every event is applied
 * exactly once. Redis only: the in-process bus dies with its process.
 */
const redisUrl = inject('redisUrl');
const EVENTS = 300;
const XP_PER_EVENT = 10;
const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };

describe.skipIf(!redisUrl)('durable event bus: characters SIGKILLed mid-stream (needs REDIS_URL)', () => {
  let database: TestDatabase;
  let campaigns: RunningSubgraph;
  const children: ChildProcess[] = [];

  /** The characters subgraph as its own process, killed at the end whatever happens. */
  async function startCharacters(campaignsUrl: string): Promise<{ url: string; child: ChildProcess }> {
    const started = await startCharactersProcess({
      database,
      redisUrl,
      env: {
        // A replacement takes over the killed process's unacknowledged events after 1 s.
        EVENT_CLAIM_IDLE_MS: '1000',
        CAMPAIGNS_SUBGRAPH_URL: campaignsUrl,
      },
    });
    children.push(started.child);
    return started;
  }

  beforeAll(async () => {
    database = await createTestDatabase('bus_crash');
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await campaigns?.stop();
    await database?.drop();
  });

  it('applies every table event exactly once across the kill and the restart', async () => {
    // Campaigns needs the characters URL only to add party members, before the kill.
    const campaignsPort = await freePort();
    const campaignsUrl = `http://127.0.0.1:${campaignsPort}/graphql`;
    const first = await startCharacters(campaignsUrl);
    campaigns = await startCampaignsSubgraph({
      ...testSubgraphOptions(database),
      port: campaignsPort,
      charactersUrl: first.url,
    });

    const onCampaigns = async (query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await postGraphQL(campaigns.url, query, variables, { identity: gm });
      expect(body.errors).toBeUndefined();
      return body.data!;
    };
    const campaignId = (await onCampaigns('mutation { createCampaign(input: { name: "Crash" }) { id } }'))
      .createCampaign.id as string;
    const party: string[] = [];
    for (const name of ['Ada', 'Brom']) {
      const { body } = await postGraphQL(
        first.url,
        'mutation($name: String!) { createCharacter(input: { name: $name }) { id } }',
        { name },
        { identity: gm },
      );
      party.push(body.data!.createCharacter.id as string);
      await onCampaigns('mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }', {
        c: campaignId,
        ch: party.at(-1),
      });
    }
    await onCampaigns('mutation($id: ID!) { changeCampaignStatus(id: $id, status: ACTIVE) { id } }', {
      id: campaignId,
    });

    const sql = campaigns.database.sql;
    const appliedVersions = async () =>
      Number(
        (await sql`select count(*)::int as n from characters.character_versions where table_event_id is not null`)[0]!
          .n,
      );
    const record = () =>
      onCampaigns('mutation($input: RecordTableEventInput!) { recordTableEvent(input: $input) { id } }', {
        input: { campaignId, kind: 'EXPERIENCE', amount: XP_PER_EVENT, distribution: 'EACH' },
      });

    let killedAt = -1;
    for (let index = 0; index < EVENTS; index += 1) {
      await record();
      if (index === EVENTS / 3) {
        // Mid-stream: some events applied, more recorded and on their way.
        await vi.waitFor(async () => expect(await appliedVersions()).toBeGreaterThan(0), {
          timeout: 10_000,
          interval: 100,
        });
        first.child.kill('SIGKILL');
        await once(first.child, 'exit');
        killedAt = await appliedVersions();
      }
    }
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(EVENTS * party.length);

    await startCharacters(campaignsUrl);
    const total = await vi.waitFor(
      async () => {
        const applied = await appliedVersions();
        expect(applied).toBeGreaterThanOrEqual(EVENTS * party.length);
        return applied;
      },
      { timeout: 90_000, interval: 100 },
    );
    // Settle: a duplicate application would show up as an extra version.
    await new Promise((resolveWait) => setTimeout(resolveWait, 1_500));
    expect(await appliedVersions()).toBe(EVENTS * party.length);
    expect(total).toBe(EVENTS * party.length);

    const duplicates = await sql`
      select table_event_id, character_id, count(*)::int as n from characters.character_versions
      where table_event_id is not null group by 1, 2 having count(*) <> 1`;
    expect(duplicates).toEqual([]);
    const perCharacter = await sql`
      select character_id, sum(amount)::int as xp, count(*)::int as awards from characters.experience_awards
      group by 1 order by 1`;
    expect(perCharacter.map((row) => [row.character_id, row.xp, row.awards])).toEqual(
      [...party].sort().map((id) => [id, EVENTS * XP_PER_EVENT, EVENTS]),
    );
    const processed = await sql`
      select count(*)::int as n from characters.processed_events where consumer = 'characters.table-events'`;
    expect(processed[0]!.n).toBe(EVENTS);
  }, 240_000);
});
