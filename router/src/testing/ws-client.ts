import type { ExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** A graphql-ws client for the router, as a browser app would open it. */
export function routerWsClient(routerUrl: string, token?: string): Client {
  return createClient({
    url: routerUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
  });
}

export interface RecordedSubscription {
  events: ExecutionResult[];
  /** Settles when the server completes or errors the operation. */
  done: Promise<{ completed: true } | { error: unknown }>;
  /** Resolves once at least `count` events arrived. */
  next(count: number): Promise<ExecutionResult[]>;
  unsubscribe(): void;
}

export function record(client: Client, query: string, variables: Record<string, unknown> = {}): RecordedSubscription {
  const events: ExecutionResult[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let settle!: (outcome: { completed: true } | { error: unknown }) => void;
  const done = new Promise<{ completed: true } | { error: unknown }>((resolve) => (settle = resolve));
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (event) => {
        events.push(event as ExecutionResult);
        for (const waiter of waiters.filter((w) => events.length >= w.count)) waiter.resolve();
      },
      error: (error) => settle({ error }),
      complete: () => settle({ completed: true }),
    },
  );
  return {
    events,
    done,
    unsubscribe,
    next: (count) =>
      events.length >= count
        ? Promise.resolve(events)
        : new Promise((resolve) => waiters.push({ count, resolve: () => resolve(events) })),
  };
}
