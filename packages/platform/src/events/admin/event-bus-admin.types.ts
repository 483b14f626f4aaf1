import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import type { EventEnvelope } from '../event-envelope.js';
import type { DeadLetter } from '../transport.js';

/** Every subgraph that replays its outbox returns these, hence `@shareable`. */
@Directive('@shareable')
@ObjectType('BusEvent', { description: 'An event of the durable event bus, as the outbox wrote it.' })
export class BusEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'e.g. `table-event.recorded`.' })
  type!: string;

  @Field(() => String, { description: 'The stream it travels on, e.g. `table-event`.' })
  aggregateType!: string;

  @Field(() => String)
  aggregateId!: string;

  @Field(() => Int, { description: "Position in the aggregate's events, from 1 without gaps." })
  sequence!: number;

  @Field(() => GraphQLJSON)
  payload!: unknown;

  @Field(() => Date)
  occurredAt!: Date;
}

@ObjectType('DeadLetter', { description: 'An event a consumer group gave up on after its last attempt.' })
export class DeadLetterType {
  @Field(() => ID, { description: 'Its id in the group’s dead-letter stream.' })
  id!: string;

  @Field(() => String)
  group!: string;

  @Field(() => BusEvent)
  event!: BusEvent;

  @Field(() => String, { description: 'The last error.' })
  error!: string;

  @Field(() => Int)
  attempts!: number;

  @Field(() => Date)
  failedAt!: Date;
}

@InputType('ReplayAggregateEventsInput')
export class ReplayAggregateEventsInput {
  @Field(() => String, { description: 'e.g. `table-event`.' })
  aggregateType!: string;

  @Field(() => String)
  aggregateId!: string;

  @Field(() => Int, { description: 'Replay from this sequence position on (1: every event).' })
  fromSequence!: number;

  @Field(() => String, { description: 'The consumer group to deliver to, e.g. `characters.table-events`.' })
  group!: string;
}

export function busEventOf(event: EventEnvelope): BusEvent {
  return { ...event, occurredAt: new Date(event.occurredAt) };
}

export function deadLetterOf(letter: DeadLetter): DeadLetterType {
  return { ...letter, event: busEventOf(letter.event), failedAt: new Date(letter.failedAt) };
}
