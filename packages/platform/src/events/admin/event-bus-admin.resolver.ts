import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';

import type { BaseContext } from '../../subgraph/start-subgraph.js';
import {
  adminDiscardDeadLetter,
  adminInspectDeadLetter,
  adminListDeadLetters,
  adminReplayAggregateEvents,
  adminReplayDeadLetter,
  type EventBusAdminDeps,
} from './event-bus-admin.js';
import {
  BusEvent,
  busEventOf,
  DeadLetterType,
  deadLetterOf,
  ReplayAggregateEventsInput,
} from './event-bus-admin.types.js';

/**
 * The dead-letter admin API of the event bus, for ONE subgraph of the supergraph to mount (root
 * field names must be unique across subgraphs). Dead letters live in the shared transport, so the
 * host serves every group's. Replaying an aggregate reads an outbox, so each subgraph with one
 * mounts its own `createOutboxReplayResolver`.
 */
export function createEventBusAdminResolver<TContext extends BaseContext>(
  depsOf: (ctx: TContext) => EventBusAdminDeps,
) {
  @Resolver()
  class EventBusAdminResolver {
    @Query(() => [DeadLetterType], { description: 'Admins: a consumer group’s dead letters, oldest first.' })
    async eventDeadLetters(
      @Arg('group', () => String, { description: 'e.g. `characters.table-events`.' }) group: string,
      @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1-100.' }) first: number,
      @Arg('after', () => ID, { nullable: true, description: 'The id of the last dead letter of the previous page.' })
      after: string | null,
      @Ctx() ctx: TContext,
    ): Promise<DeadLetterType[]> {
      return (await adminListDeadLetters(depsOf(ctx), ctx.viewer, group, { first, after })).map(deadLetterOf);
    }

    @Query(() => DeadLetterType, { nullable: true, description: 'Admins: one dead letter; null when unknown.' })
    async eventDeadLetter(
      @Arg('group', () => String) group: string,
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: TContext,
    ): Promise<DeadLetterType | null> {
      const letter = await adminInspectDeadLetter(depsOf(ctx), ctx.viewer, group, id);
      return letter ? deadLetterOf(letter) : null;
    }

    @Mutation(() => DeadLetterType, {
      description: 'Admins: delivers a dead letter to its group again (fresh attempts) and removes it.',
    })
    async replayEventDeadLetter(
      @Arg('group', () => String) group: string,
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: TContext,
    ): Promise<DeadLetterType> {
      return deadLetterOf(await adminReplayDeadLetter(depsOf(ctx), ctx.viewer, group, id));
    }

    @Mutation(() => ID, { description: 'Admins: drops a dead letter for good; returns its id.' })
    async discardEventDeadLetter(
      @Arg('group', () => String) group: string,
      @Arg('id', () => ID) id: string,
      @Ctx() ctx: TContext,
    ): Promise<string> {
      return adminDiscardDeadLetter(depsOf(ctx), ctx.viewer, group, id);
    }
  }
  return EventBusAdminResolver;
}

/**
 * The admin mutation that replays an aggregate's events from this subgraph's outbox, named after
 * the subgraph (`replayCampaignEvents`, `replayCharacterEvents`): each outbox belongs to one
 * subgraph, and root fields must be unique across the supergraph.
 */
export function createOutboxReplayResolver<TContext extends BaseContext>(options: {
  /** The mutation's name. */
  field: string;
  /** The aggregate types in this outbox, for the description, e.g. `table-event`, `theme-transition`. */
  aggregateTypes: readonly string[];
  depsOf: (ctx: TContext) => EventBusAdminDeps;
}) {
  @Resolver()
  class OutboxReplayResolver {
    @Mutation(() => [BusEvent], {
      name: options.field,
      description: `Admins: redelivers an aggregate's events (${options.aggregateTypes.map((type) => `\`${type}\``).join(', ')}) from a position to one group; events it already applied are skipped.`,
    })
    async replay(
      @Arg('input', () => ReplayAggregateEventsInput) input: ReplayAggregateEventsInput,
      @Ctx() ctx: TContext,
    ): Promise<BusEvent[]> {
      return (await adminReplayAggregateEvents(options.depsOf(ctx), ctx.viewer, input)).map(busEventOf);
    }
  }
  return OutboxReplayResolver;
}
