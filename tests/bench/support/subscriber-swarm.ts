/**
 * The benchmark's subscribers, in a process of their own (clients do not run on the server):
 * opens SWARM_SUBSCRIBERS graphql-ws connections to the router, round-robin over the members'
 * tokens, each subscribed to `partyChanged`. For every change (identified by the member's new
 * HP) it reports, once all subscribers have it, when each one received it (epoch ms with
 * sub-millisecond precision, comparable across processes on one machine).
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

interface SwarmConfig {
  routerUrl: string;
  campaignId: string;
  tokens: string[];
  subscribers: number;
  query: string;
  campaignName: string;
}

export type SwarmMessage =
  { kind: 'ready' } | { kind: 'delivered'; hp: number; receivedAt: number[] } | { kind: 'failed'; error: string };

const config = JSON.parse(process.env.SWARM_CONFIG ?? '{}') as SwarmConfig;
const report = (message: SwarmMessage) => process.send?.(message);
const now = () => performance.timeOrigin + performance.now();

/** Receive times per HP value, one slot per subscriber. */
const received = new Map<number, number[]>();

for (let index = 0; index < config.subscribers; index += 1) {
  const client = createClient({
    url: config.routerUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${config.tokens[index % config.tokens.length]}` },
    retryAttempts: 0,
  });
  client.subscribe(
    { query: config.query, variables: { id: config.campaignId } },
    {
      next: (event) => {
        const at = now();
        const party = (event.data as { partyChanged?: { name: string; party: { hitPoints: { current: number } }[] } })
          ?.partyChanged;
        const hp = party?.party[0]?.hitPoints.current;
        // Measure correct deliveries only: the campaign's name and a member's HP, no errors.
        if (event.errors || party?.name !== config.campaignName || hp === undefined) {
          report({ kind: 'failed', error: `wrong delivery: ${JSON.stringify(event)}` });
          return;
        }
        let times = received.get(hp);
        if (!times) received.set(hp, (times = []));
        times[index] = at;
        if (times.filter((time) => time !== undefined).length === config.subscribers) {
          received.delete(hp);
          report({ kind: 'delivered', hp, receivedAt: times });
        }
      },
      error: (error) => report({ kind: 'failed', error: JSON.stringify(error) }),
      complete: () => {},
    },
  );
}
// Before each change: forget partial deliveries of earlier ones (HP values repeat).
process.on('message', (message: { kind: 'reset' }) => {
  if (message.kind === 'reset') received.clear();
});
report({ kind: 'ready' });
// The benchmark holds our IPC channel: when it goes, so do we.
process.on('disconnect', () => process.exit(0));
