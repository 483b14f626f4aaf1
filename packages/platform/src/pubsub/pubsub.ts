import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

/**
 * Topic-keyed pub/sub for live updates. In-process (one bus per process) without Redis; Redis channels (shared by
 * every process and replica) when a Redis URL is given. Delivery is best-effort: what must
 * never be lost goes through the durable event bus instead.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string): AsyncIterableIterator<unknown>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  redisUrl?: string | undefined;
  /** Prefix for every topic, so several stacks can share one Redis without cross-talk. */
  namespace: string;
}

type Topics = Record<string, [unknown]>;

let sharedInProcess: ReturnType<typeof createPubSub<Topics>> | undefined;

/**
 * One in-process bus per process, like one Redis per deployment: subgraphs started in the same
 * process (the launcher, tests) must hear each other's events. Topics are namespaced by key().
 */
function inProcessPubSub() {
  sharedInProcess ??= createPubSub<Topics>();
  return sharedInProcess;
}

export function createPubSubFor({ redisUrl, namespace }: PubSubOptions): PubSub {
  let close = async () => {};
  let eventTarget;
  if (redisUrl) {
    const publishClient = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    const subscribeClient = new Redis(redisUrl);
    eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
    close = async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    };
  }
  const pubsub = eventTarget ? createPubSub<Topics>({ eventTarget }) : inProcessPubSub();
  const key = (topic: string) => `${namespace}:${topic}`;
  return {
    publish: (topic, payload) => pubsub.publish(key(topic), payload),
    subscribe: (topic) => pubsub.subscribe(key(topic)) as AsyncIterableIterator<unknown>,
    close,
  };
}
