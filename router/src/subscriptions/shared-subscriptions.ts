import type { Identity } from '@grimoire/platform';
import { type ExecutionResult, GraphQLError } from 'graphql';

import { createEventChannel, type EventChannel } from './event-channel.js';

/**
 * What makes two subscriptions interchangeable: the same operation text, operation name and
 * variables, asked by the same identity (user and roles). Subgraphs see nothing else of the
 * caller, so such subscribers are entitled to exactly the same events. Subscribers of different
 * identities never share, so nobody receives a field resolved for someone else.
 */
export function sharingKey(request: {
  viewer: Identity | null;
  query: string;
  operationName: string | undefined;
  variables: Record<string, unknown>;
}): string {
  const identity = request.viewer
    ? `${request.viewer.userId}|${[...request.viewer.roles].sort().join(',')}`
    : 'anonymous';
  return JSON.stringify([identity, request.operationName ?? null, request.query, request.variables]);
}

/**
 * Fans one federated subscription out to every subscriber with the same sharing key: one
 * upstream subscription and one resolution of the query plan per event, however many clients
 * (tabs, devices, overlays) of that identity watch it. The upstream opens with the first
 * subscriber and closes when the last one leaves. A subscriber joining later receives the events
 * from then on, as its own subscription would.
 */
export class SubscriptionSharing {
  private readonly sources = new Map<string, SharedSource>();

  subscribe(key: string, open: () => AsyncGenerator<ExecutionResult>): AsyncGenerator<ExecutionResult> {
    let source = this.sources.get(key);
    if (!source) {
      const created = new SharedSource(open(), () => {
        if (this.sources.get(key) === created) this.sources.delete(key);
      });
      this.sources.set(key, (source = created));
    }
    return source.join();
  }

  /** Upstream subscriptions currently open (tests, metrics). */
  get openSources(): number {
    return this.sources.size;
  }
}

class SharedSource {
  private readonly listeners = new Set<EventChannel<ExecutionResult>>();
  private closed = false;

  constructor(
    private readonly upstream: AsyncGenerator<ExecutionResult>,
    private readonly onClose: () => void,
  ) {
    void this.pump();
  }

  join(): AsyncGenerator<ExecutionResult> {
    const channel = createEventChannel<ExecutionResult>(() => {
      this.listeners.delete(channel);
      if (this.listeners.size === 0) this.close();
    });
    this.listeners.add(channel);
    return channel.iterator;
  }

  private async pump(): Promise<void> {
    try {
      for await (const result of this.upstream) {
        for (const listener of [...this.listeners]) listener.push(result);
      }
    } catch (error) {
      const failure = { errors: [new GraphQLError(error instanceof Error ? error.message : String(error))] };
      for (const listener of [...this.listeners]) listener.push(failure);
    } finally {
      // The upstream ended (completed, failed, schema reload): so does every subscriber.
      this.close();
      for (const listener of [...this.listeners]) listener.end();
    }
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    void this.upstream.return(undefined);
  }
}
