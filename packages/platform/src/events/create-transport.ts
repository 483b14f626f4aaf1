import { createInProcessTransport } from './in-process-transport.js';
import { createRedisTransport } from './redis-transport.js';
import type { EventTransport } from './transport.js';

export interface EventTransportOptions {
  redisUrl?: string | undefined;
  /** Prefix of every stream, so several stacks can share one Redis. */
  namespace: string;
}

/** Redis Streams when a Redis URL is given, the in-process transport otherwise. */
export function createEventTransport(options: EventTransportOptions): EventTransport {
  return options.redisUrl
    ? createRedisTransport(options.redisUrl, options.namespace)
    : createInProcessTransport(options.namespace);
}
