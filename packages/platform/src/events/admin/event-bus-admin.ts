import type { Identity } from '../../auth/identity.js';
import { requireIdentity } from '../../auth/viewer.js';
import { badUserInput, forbidden, notFound } from '../../errors/errors.js';
import type { SubgraphEventBus } from '../../subgraph/subgraph-events.js';
import {
  discardDeadLetter,
  inspectDeadLetter,
  listDeadLetters,
  replayAggregateEvents,
  replayDeadLetter,
} from '../dead-letters.js';
import type { EventEnvelope } from '../event-envelope.js';
import type { EventsDatabase } from '../outbox.js';
import type { DeadLetter } from '../transport.js';

/**
 * The dead-letter and replay operations behind the admin GraphQL API, authorised: only a viewer
 * whose router-signed identity carries the ADMIN role gets past `requireAdmin`.
 */
export interface EventBusAdminDeps {
  bus: SubgraphEventBus;
  /** The subgraph's pool: aggregate replays read its outbox. */
  db: EventsDatabase;
}

const GROUP = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9.-]*$/;

export function requireAdmin(viewer: Identity | null | undefined): Identity {
  const identity = requireIdentity(viewer);
  if (!identity.roles.includes('ADMIN')) throw forbidden('Only administrators may manage the event bus.');
  return identity;
}

function parseGroup(group: string): string {
  if (!GROUP.test(group)) {
    throw badUserInput('group: a consumer group is named `<subgraph>.<purpose>`, e.g. `characters.table-events`.', {
      field: 'group',
    });
  }
  return group;
}

export function adminListDeadLetters(
  deps: EventBusAdminDeps,
  viewer: Identity | null,
  group: string,
  page: { first: number; after?: string | null },
): Promise<DeadLetter[]> {
  requireAdmin(viewer);
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > 100) {
    throw badUserInput('first: must be between 1 and 100.', { field: 'first' });
  }
  return listDeadLetters(deps.bus.transport, parseGroup(group), {
    count: page.first,
    ...(page.after ? { after: page.after } : {}),
  });
}

export function adminInspectDeadLetter(
  deps: EventBusAdminDeps,
  viewer: Identity | null,
  group: string,
  id: string,
): Promise<DeadLetter | null> {
  requireAdmin(viewer);
  return inspectDeadLetter(deps.bus.transport, parseGroup(group), id);
}

/** Delivers the dead letter to its group again with fresh attempts; NOT_FOUND when there is none. */
export async function adminReplayDeadLetter(
  deps: EventBusAdminDeps,
  viewer: Identity | null,
  group: string,
  id: string,
): Promise<DeadLetter> {
  requireAdmin(viewer);
  const letter = await replayDeadLetter(deps.bus.transport, parseGroup(group), id);
  if (!letter) throw notFound(`Group ${group} has no dead letter ${id}.`, { field: 'id' });
  return letter;
}

export async function adminDiscardDeadLetter(
  deps: EventBusAdminDeps,
  viewer: Identity | null,
  group: string,
  id: string,
): Promise<string> {
  requireAdmin(viewer);
  if (!(await discardDeadLetter(deps.bus.transport, parseGroup(group), id))) {
    throw notFound(`Group ${group} has no dead letter ${id}.`, { field: 'id' });
  }
  return id;
}

/**
 * Redelivers an aggregate's events (from this subgraph's outbox) from a sequence position to one
 * group. Events the group already applied are skipped by its processed marks.
 */
export async function adminReplayAggregateEvents(
  deps: EventBusAdminDeps,
  viewer: Identity | null,
  input: { aggregateType: string; aggregateId: string; fromSequence: number; group: string },
): Promise<EventEnvelope[]> {
  requireAdmin(viewer);
  const outbox = deps.bus.outbox;
  if (!outbox) throw badUserInput('This subgraph publishes no events.', { field: 'aggregateType' });
  if (!Number.isInteger(input.fromSequence) || input.fromSequence < 1) {
    throw badUserInput('fromSequence: must be a whole number of at least 1.', { field: 'fromSequence' });
  }
  const events = await replayAggregateEvents({
    db: deps.db,
    outbox,
    transport: deps.bus.transport,
    group: parseGroup(input.group),
    aggregateType: input.aggregateType,
    aggregateId: input.aggregateId,
    fromSequence: input.fromSequence,
  });
  if (events.length === 0) {
    throw notFound(
      `No events of ${input.aggregateType} ${input.aggregateId} from sequence ${input.fromSequence} in this subgraph's outbox.`,
      { field: 'aggregateId' },
    );
  }
  return events;
}
