/**
 * What travels on the durable event bus. `sequence` counts the events of one aggregate from 1
 * without gaps (assigned by `enqueueEvents` under a per-aggregate lock), so consumers can apply
 * an aggregate's events in order and admins can replay them from a position.
 */
export interface EventEnvelope<TPayload = unknown> {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  sequence: number;
  payload: TPayload;
  /** ISO-8601 timestamp of the change that produced the event. */
  occurredAt: string;
  /** The event (or command) that caused this one, when a consumer reacts to an event. */
  causationId?: string | undefined;
  requestId?: string | undefined;
}

/** What a subgraph hands to `enqueueEvents`; id, sequence and time are filled in there. */
export interface NewEvent<TPayload = unknown> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: TPayload;
  id?: string;
  occurredAt?: Date;
  causationId?: string;
  requestId?: string;
}

/** Events of one aggregate must not run concurrently; this is the key that groups them. */
export function aggregateKey(event: Pick<EventEnvelope, 'aggregateType' | 'aggregateId'>): string {
  return `${event.aggregateType}:${event.aggregateId}`;
}
