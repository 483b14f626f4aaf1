import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

import type { Client } from 'graphql-ws';
import { bench, describe, inject } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';

/**
 * Target (issue 4): 500 subscribers of `partyChanged` on one campaign, each its own graphql-ws
 * connection to the router; the game master changes a party member's play state; every
 * subscriber receives it with the member's HP (characters) and the campaign's name (campaigns),
 * p99 of event-to-client latency under 100 ms. The subscribers belong to MEMBERS distinct members
 * of the campaign (a table with its spectators, several devices each); the router shares one
 * upstream subscription and one resolution per event among identical subscriptions of one
 * identity, never across identities. Latency of a delivery = when the subscriber received it −
 * when the mutation was sent (so it includes the mutation itself: an upper bound). Percentiles
 * over every delivery go to tests/bench/results/party-subscribers.json.
 * vitest runs no hooks in bench mode: setup is at module level, clean-up in the teardown.
 */
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const MEMBERS = Math.min(SUBSCRIBERS, Number(process.env.BENCH_MEMBERS ?? 25));
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const RESULTS_FILE = resolve(import.meta.dirname, 'results/party-subscribers.json');

const PARTY_CHANGED = `subscription($id: ID!) {
  partyChanged(campaignId: $id) { id name party { id name hitPoints { current } } }
}`;

interface PartyEvent {
  data?: { partyChanged?: { name: string; party: { id: string; hitPoints: { current: number } }[] } };
  errors?: unknown;
}

async function inBatches<T>(count: number, size: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += size) {
    const batch = Array.from({ length: Math.min(size, count - start) }, (_, offset) => run(start + offset));
    results.push(...(await Promise.all(batch)));
  }
  return results;
}

const grimoire: TestStack = await startTestStack('bench_party_subscribers');
const gm = await grimoire.signUp('Game Master');
const campaignId: string = (
  await grimoire.query('mutation { createCampaign(input: { name: "The Long Table" }) { id } }', {}, gm.accessToken)
).data!.createCampaign.id;
const created = await grimoire.query(
  'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
  {
    input: {
      name: 'Tank',
      species: 'human',
      background: 'soldier',
      classes: [{ class: 'fighter', level: 5 }],
      abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 14, int: 10, wis: 12, cha: 8 },
    },
  },
  gm.accessToken,
);
if (created.errors) throw new Error(`creating the character failed: ${JSON.stringify(created.errors)}`);
const characterId: string = created.data!.createCharacter.id;
await grimoire.query(
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
  { c: campaignId, ch: characterId },
  gm.accessToken,
);

// Each subscriber is a member of its own (sign-up hashes a password: a few at a time).
const members = await inBatches(MEMBERS, 8, async (index) => {
  const member = await grimoire.signUp(`Watcher ${index}`);
  const added = await grimoire.query(
    'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
    { c: campaignId, u: member.userId },
    gm.accessToken,
  );
  if (added.errors) throw new Error(`adding a member failed: ${JSON.stringify(added.errors)}`);
  return member;
});

/** Per subscriber: the listener waiting for the next event, if any. */
const waiting: (((event: PartyEvent, at: number) => void) | undefined)[] = [];
const clients: Client[] = Array.from({ length: SUBSCRIBERS }, (_, index) => {
  const client = grimoire.wsClient(members[index % MEMBERS]!.accessToken);
  client.subscribe<PartyEvent['data']>(
    { query: PARTY_CHANGED, variables: { id: campaignId } },
    {
      next: (event) => {
        const listener = waiting[index];
        waiting[index] = undefined;
        listener?.(event as PartyEvent, performance.now());
      },
      error: (error) => console.error(`subscriber ${index} failed`, error),
      complete: () => {},
    },
  );
  return client;
});

let hp = 0;
/** Damages or heals the member by 1 and resolves with each subscriber's latency in ms. */
async function changeAndReceive(): Promise<number[]> {
  const deliveries = clients.map(
    (_client, index) =>
      new Promise<{ event: PartyEvent; at: number }>((resolveDelivery) => {
        waiting[index] = (event, at) => resolveDelivery({ event, at });
      }),
  );
  const mutation = hp % 2 === 0 ? 'damageCharacter' : 'healCharacter';
  const sentAt = performance.now();
  const changed = await grimoire.query(
    `mutation($id: ID!) { ${mutation}(id: $id, amount: 1) { hitPoints { current } } }`,
    { id: characterId },
    gm.accessToken,
  );
  if (changed.errors) throw new Error(`${mutation} failed: ${JSON.stringify(changed.errors)}`);
  hp += 1;
  if (process.env.BENCH_DEBUG) console.log('mutation took', Math.round(performance.now() - sentAt));
  const expected = changed.data![mutation].hitPoints.current as number;
  const received = await Promise.race([
    Promise.all(deliveries),
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('deliveries timed out')), 30_000)),
  ]);
  for (const { event } of received) {
    const party = event.data?.partyChanged;
    // The benchmark must measure correct deliveries: the new HP and the campaign's name.
    if (event.errors || party?.name !== 'The Long Table' || party.party[0]?.hitPoints.current !== expected) {
      throw new Error(`wrong delivery: ${JSON.stringify(event)}`);
    }
  }
  return received.map(({ at }) => at - sentAt);
}

// Subscriptions reach the subgraphs a moment after the clients connect: change until all see it.
for (let attempt = 0; ; attempt += 1) {
  try {
    await Promise.race([
      changeAndReceive(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('warm-up')), 2000)),
    ]);
    break;
  } catch (error) {
    if (attempt >= 30) throw error;
  }
}

const latencies: number[] = [];
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

function writeResults() {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10;
  mkdirSync(resolve(RESULTS_FILE, '..'), { recursive: true });
  const results = {
    benchmark: 'partyChanged through the router: event-to-client latency per delivery',
    measuredAt: new Date().toISOString(),
    subscribers: SUBSCRIBERS,
    distinctMembers: MEMBERS,
    changes: sorted.length / SUBSCRIBERS,
    deliveries: sorted.length,
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1]),
    },
    targetP99Ms: 100,
    transports: { redis: Boolean(inject('redisUrl')) },
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverage1m: Math.round(loadavg()[0]! * 100) / 100,
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

describe(`partyChanged: ${SUBSCRIBERS} subscribers on one campaign`, () => {
  bench(
    `a play-state change delivered to all ${SUBSCRIBERS} subscribers (HP from characters, name from campaigns)`,
    async () => {
      latencies.push(...(await changeAndReceive()));
    },
    {
      iterations: CHANGES,
      // The warm-up above already ran; every measured change counts.
      warmupIterations: 0,
      time: 0,
      teardown: async (_task, mode) => {
        if (mode !== 'run') return;
        writeResults();
        await Promise.allSettled(clients.map(async (client) => client.dispose()));
        await grimoire.stop();
      },
    },
  );
});
