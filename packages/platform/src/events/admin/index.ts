export {
  adminDiscardDeadLetter,
  adminInspectDeadLetter,
  adminListDeadLetters,
  adminReplayAggregateEvents,
  adminReplayDeadLetter,
  type EventBusAdminDeps,
  requireAdmin,
} from './event-bus-admin.js';
export { createEventBusAdminResolver, createOutboxReplayResolver } from './event-bus-admin.resolver.js';
export { BusEvent, DeadLetterType, ReplayAggregateEventsInput } from './event-bus-admin.types.js';
