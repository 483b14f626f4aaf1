export { aggregateKey, type EventEnvelope, type NewEvent } from './event-envelope.js';
export { outboxTable, processedEventsTable, type OutboxTable, type ProcessedEventsTable } from './event-tables.js';
export {
  enqueueEvents,
  envelopeFromOutboxRow,
  readAggregateEvents,
  startOutboxRelay,
  type EventsDatabase,
  type OutboxRelay,
  type OutboxRelayOptions,
} from './outbox.js';
export type { DeadLetter, Delivery, EventTransport, ReadOptions } from './transport.js';
export { createInProcessTransport } from './in-process-transport.js';
export { createRedisTransport } from './redis-transport.js';
export { createEventTransport, type EventTransportOptions } from './create-transport.js';
export {
  backoffDelay,
  isEventProcessed,
  startEventConsumer,
  type BackoffOptions,
  type EventConsumer,
  type EventConsumerOptions,
} from './consumer.js';
export {
  discardDeadLetter,
  inspectDeadLetter,
  listDeadLetters,
  replayAggregateEvents,
  replayDeadLetter,
  type ReplayAggregateOptions,
} from './dead-letters.js';
