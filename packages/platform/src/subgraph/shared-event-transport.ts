import { createEventTransport } from '../events/create-transport.js';
import type { EventTransport } from '../events/transport.js';

interface SharedTransport {
  transport: EventTransport;
  users: number;
}

/**
 * One event transport per process and (Redis URL, namespace), like one PubSub: subgraphs started
 * in one process (`npm start`, tests) share it, so the in-process bus reaches all of them and
 * Redis connections are not multiplied. The last subgraph to release it closes it.
 */
const shared = new Map<string, SharedTransport>();

export interface TransportLease {
  transport: EventTransport;
  release(): Promise<void>;
}

export function acquireEventTransport(options: { redisUrl?: string | undefined; namespace: string }): TransportLease {
  const key = `${options.redisUrl ?? 'in-process'}|${options.namespace}`;
  let entry = shared.get(key);
  if (!entry) {
    entry = { transport: createEventTransport(options), users: 0 };
    shared.set(key, entry);
  }
  entry.users += 1;
  const held = entry;
  let released = false;
  return {
    transport: held.transport,
    release: async () => {
      if (released) return;
      released = true;
      held.users -= 1;
      if (held.users > 0) return;
      shared.delete(key);
      await held.transport.close();
    },
  };
}
