import type { EventEnvelope } from './event-envelope.js';
import type { OutboxTable } from './event-tables.js';
import { type EventsDatabase, readAggregateEvents } from './outbox.js';
import type { DeadLetter, EventTransport } from './transport.js';

/**
 * Admin operations on the bus, as plain functions of their dependencies (the GraphQL layer
 * authorises and calls them).
 */

export function listDeadLetters(
  transport: EventTransport,
  group: string,
  options: { count?: number; after?: string } = {},
): Promise<DeadLetter[]> {
  return transport.listDeadLetters(group, options);
}

export function inspectDeadLetter(transport: EventTransport, group: string, id: string): Promise<DeadLetter | null> {
  return transport.getDeadLetter(group, id);
}

/**
 * Delivers a dead letter to its group again (with fresh attempts) and removes it from the
 * dead-letter stream. Returns the dead letter, or null when there is none with that id.
 */
export async function replayDeadLetter(
  transport: EventTransport,
  group: string,
  id: string,
): Promise<DeadLetter | null> {
  const letter = await transport.getDeadLetter(group, id);
  if (!letter) return null;
  await transport.redeliver(group, [letter.event]);
  await transport.deleteDeadLetter(group, id);
  return letter;
}

/** Drops a dead letter for good; false when there was none with that id. */
export function discardDeadLetter(transport: EventTransport, group: string, id: string): Promise<boolean> {
  return transport.deleteDeadLetter(group, id);
}

export interface ReplayAggregateOptions {
  db: EventsDatabase;
  outbox: OutboxTable;
  transport: EventTransport;
  group: string;
  aggregateType: string;
  aggregateId: string;
  fromSequence: number;
}

/**
 * Delivers an aggregate's events from `fromSequence` on (read from the producer's outbox) to one
 * group again, in order. The group's processed marks still hold: events it already applied are
 * acknowledged without running again, missing ones are applied.
 */
export async function replayAggregateEvents(options: ReplayAggregateOptions): Promise<EventEnvelope[]> {
  const events = await readAggregateEvents({
    db: options.db,
    table: options.outbox,
    aggregateType: options.aggregateType,
    aggregateId: options.aggregateId,
    fromSequence: options.fromSequence,
  });
  await options.transport.redeliver(options.group, events);
  return events;
}
