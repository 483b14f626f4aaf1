import { fork } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

import postgres from 'postgres';
import { bench, describe, inject } from 'vitest';

import { startTestStack, type TestStack } from '../harness/test-stack.js';
import type { SwarmMessage } from './support/subscriber-swarm.js';

/**
 * Target (issue 4): 500 subscribers of `partyChanged` on one campaign, each its own graphql-ws
 * connection to the router; the game master changes a party member's play state; every
 * subscriber receives it with the member's HP (characters) and the campaign's name (campaigns),
 * p99 of event-to-client latency under 100 ms on the 2-core development machine.
 *
 * The 500 connections belong to MEMBERS distinct members (default 6: a game master's table; each
 * member has many connections: devices, stream overlays). The router shares one upstream
 * subscription and one resolution per event among identical subscriptions of one identity, never
 * across identities, so the per-event work grows with the members, not the connections; set
 * BENCH_MEMBERS to measure other tables (those runs write party-subscribers-<n>-members.json).
 *
 * Latency of a delivery = when the subscriber received it − when the mutation was sent (it
 * includes the mutation itself: an upper bound). The subscribers run in a child process
 * (`support/subscriber-swarm.ts`); the stack (router, subgraphs) runs in this one, on loopback.
 * vitest runs no hooks in bench mode: setup is at module level, clean-up in the teardown.
 */
const DEFAULT_MEMBERS = 6;
const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 500);
const MEMBERS = Math.min(SUBSCRIBERS, Number(process.env.BENCH_MEMBERS ?? DEFAULT_MEMBERS));
const CHANGES = Number(process.env.BENCH_CHANGES ?? 20);
const RESULTS_FILE = resolve(
  import.meta.dirname,
  MEMBERS === DEFAULT_MEMBERS && SUBSCRIBERS === 500
    ? 'results/party-subscribers.json'
    : `results/party-subscribers-${SUBSCRIBERS}-subscribers-${MEMBERS}-members.json`,
);
const CAMPAIGN_NAME = 'The Long Table';
const PARTY_CHANGED = `subscription($id: ID!) {
  partyChanged(campaignId: $id) { id name party { id name hitPoints { current } } }
}`;

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
  await grimoire.query(
    'mutation($name: String!) { createCampaign(input: { name: $name }) { id } }',
    { name: CAMPAIGN_NAME },
    gm.accessToken,
  )
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

// The subscribers run in a process of their own, as clients do: the router's process sends the
// 500 frames, it does not also parse them.
const swarm = fork(resolve(import.meta.dirname, 'support/subscriber-swarm.ts'), [], {
  execArgv: ['--import', 'tsx'],
  env: {
    ...process.env,
    SWARM_CONFIG: JSON.stringify({
      routerUrl: grimoire.routerUrl,
      campaignId,
      tokens: members.map((member) => member.accessToken),
      subscribers: SUBSCRIBERS,
      query: PARTY_CHANGED,
      campaignName: CAMPAIGN_NAME,
    }),
  },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const swarmMessages = new EventEmitter();
swarm.on('message', (message: SwarmMessage) => swarmMessages.emit(message.kind, message));
await once(swarmMessages, 'ready');

let hp = 0;
/** Per delivery: ms from the change's database timestamp to the subscriber receiving it. */
const fromCommit: number[] = [];
/** Per change: the mutation's round trip, and the first and last subscriber's latency. */
const perChange: { mutationMs: number; firstMs: number; lastMs: number }[] = [];
/** Damages or heals the member by 1 and resolves with each subscriber's latency in ms. */
async function changeAndReceive(timeoutMs = 30_000): Promise<number[]> {
  swarm.send({ kind: 'reset' });
  const mutation = hp % 2 === 0 ? 'damageCharacter' : 'healCharacter';
  const sentAt = performance.timeOrigin + performance.now();
  const changed = await grimoire.query(
    `mutation($id: ID!) { ${mutation}(id: $id, amount: 1) { hitPoints { current } } }`,
    { id: characterId },
    gm.accessToken,
  );
  const committedAt = performance.timeOrigin + performance.now();
  if (changed.errors) throw new Error(`${mutation} failed: ${JSON.stringify(changed.errors)}`);
  hp += 1;
  const expected = changed.data![mutation].hitPoints.current as number;
  const delivered = await new Promise<number[]>((resolveDelivered, reject) => {
    const timer = setTimeout(() => finish(new Error('deliveries timed out')), timeoutMs);
    const onDelivered = (message: Extract<SwarmMessage, { kind: 'delivered' }>) => {
      if (message.hp === expected) finish(undefined, message.receivedAt);
    };
    const onFailed = (message: Extract<SwarmMessage, { kind: 'failed' }>) => finish(new Error(message.error));
    function finish(error?: Error, times?: number[]) {
      clearTimeout(timer);
      swarmMessages.off('delivered', onDelivered).off('failed', onFailed);
      if (error) reject(error);
      else resolveDelivered(times!);
    }
    swarmMessages.on('delivered', onDelivered).on('failed', onFailed);
  });
  const latencies = delivered.map((at) => at - sentAt);
  const changedAt = await versionWrittenAt();
  fromCommit.push(...delivered.map((at) => at - changedAt));
  perChange.push({ mutationMs: committedAt - sentAt, firstMs: Math.min(...latencies), lastMs: Math.max(...latencies) });
  return latencies;
}

// Event-to-client from the change itself: the new character version's timestamp (the start of
// the mutation's transaction, a few ms before its commit), read straight from the database.
const sql = postgres(grimoire.database.url, { max: 1, onnotice: () => {} });
async function versionWrittenAt(): Promise<number> {
  const [row] = await sql<{ at: string }[]>`
    select (extract(epoch from created_at) * 1000)::float8 as at from characters.character_versions
    where character_id = ${characterId} order by version desc limit 1`;
  return Number(row!.at);
}

// Subscriptions reach the subgraphs a moment after the clients connect: change until all see it.
for (let attempt = 0; ; attempt += 1) {
  try {
    await changeAndReceive(2000);
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
  const measured = perChange.slice(-sorted.length / SUBSCRIBERS);
  const summary = (values: number[]) => {
    const ordered = [...values].sort((a, b) => a - b);
    return {
      p50: round(percentile(ordered, 50)),
      p95: round(percentile(ordered, 95)),
      p99: round(percentile(ordered, 99)),
      max: round(ordered[ordered.length - 1]),
    };
  };
  const median = (values: number[]) =>
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    );
  mkdirSync(resolve(RESULTS_FILE, '..'), { recursive: true });
  const results = {
    benchmark: 'partyChanged through the router: event-to-client latency per delivery',
    measuredAt: new Date().toISOString(),
    subscribers: SUBSCRIBERS,
    distinctMembers: MEMBERS,
    changes: sorted.length / SUBSCRIBERS,
    deliveries: sorted.length,
    // From sending the mutation to the subscriber receiving the event (an upper bound).
    latencyMs: summary(sorted),
    // From the change's transaction (its character version's timestamp) to the subscriber.
    latencyFromChangeMs: summary(fromCommit.slice(-sorted.length)),
    targetP99Ms: 100,
    // Medians over the measured changes: where the time goes.
    perChangeMedianMs: {
      mutationRoundTrip: round(median(measured.map((change) => change.mutationMs))),
      firstSubscriber: round(median(measured.map((change) => change.firstMs))),
      lastSubscriber: round(median(measured.map((change) => change.lastMs))),
    },
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
        swarm.kill();
        await sql.end({ timeout: 5 });
        await grimoire.stop();
      },
    },
  );
});
