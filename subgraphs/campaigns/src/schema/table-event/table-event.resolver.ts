import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { pageTableEvents, viewTableEvent } from '../../domain/session-notes/view-session-log.js';
import { recordTableEvent, revertTableEvent } from '../../domain/table-events/record-table-event.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { Character } from '../character/character.type.js';
import { SessionNote, sessionNoteFromRow } from '../session-note/session-note.type.js';
import { UserReference } from '../user/user.type.js';
import { RecordTableEventInput } from './table-event.input.js';
import { TableEvent, TableEventConnection, tableEventFromRow } from './table-event.type.js';

const readersOf = (ctx: CampaignsContext) => ({
  ...ctx.sessionLog,
  membersByCampaignId: ctx.loaders.membersByCampaignId,
});

@Resolver(() => TableEvent)
export class TableEventResolver {
  @Mutation(() => TableEvent, {
    description:
      'Game master or co-game master, ACTIVE campaigns: records a table event; the characters subgraph applies it to each target through the event bus.',
  })
  async recordTableEvent(
    @Arg('input', () => RecordTableEventInput) input: RecordTableEventInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<TableEvent> {
    const viewer = requireIdentity(ctx.viewer);
    return tableEventFromRow(await recordTableEvent(ctx, viewer, input, ctx.requestId));
  }

  @Mutation(() => TableEvent, {
    description:
      'Game master or co-game master: reverts a table event; each character gets a version undoing exactly what the event did. CONFLICT when already reverted.',
  })
  async revertTableEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<TableEvent> {
    const viewer = requireIdentity(ctx.viewer);
    return tableEventFromRow(await revertTableEvent(ctx, viewer, id, ctx.requestId));
  }

  @Query(() => TableEvent, { nullable: true, description: 'A table event of a campaign you are a member of.' })
  async tableEvent(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<TableEvent | null> {
    const viewer = requireIdentity(ctx.viewer);
    const row = await viewTableEvent(readersOf(ctx), viewer.userId, id);
    return row ? tableEventFromRow(row) : null;
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() event: TableEvent, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const row = await ctx.loaders.campaignById.load(event.row.campaignId);
    if (!row) throw new Error(`table event ${event.id} has no campaign`);
    return campaignFromRow(row);
  }

  @FieldResolver(() => [Character], { description: 'The party members it applies to.' })
  targetCharacters(@Root() event: TableEvent): Character[] {
    return event.row.targetCharacterIds.map((id) => ({ id }));
  }

  @FieldResolver(() => SessionNote, { nullable: true, description: 'The session note it belongs to.' })
  async sessionNote(@Root() event: TableEvent, @Ctx() ctx: CampaignsContext): Promise<SessionNote | null> {
    if (!event.row.sessionNoteId) return null;
    const row = await ctx.sessionLog.sessionNoteById.load(event.row.sessionNoteId);
    return row ? sessionNoteFromRow(row) : null;
  }

  @FieldResolver(() => UserReference)
  recordedBy(@Root() event: TableEvent): UserReference {
    return { id: event.row.recordedBy };
  }

  @FieldResolver(() => UserReference, { nullable: true })
  revertedBy(@Root() event: TableEvent): UserReference | null {
    return event.row.revertedBy ? { id: event.row.revertedBy } : null;
  }
}

/** `Campaign.tableEvents`: the campaign's table events, newest first. */
@Resolver(() => Campaign)
export class CampaignTableEventsResolver {
  @FieldResolver(() => TableEventConnection, { description: 'Members only: table events, newest first.' })
  async tableEvents(
    @Root() campaign: Campaign,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1-100 (20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: CampaignsContext,
  ): Promise<TableEventConnection> {
    const viewer = requireIdentity(ctx.viewer);
    const page = await pageTableEvents(readersOf(ctx), viewer.userId, campaign.id, { first, after });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: tableEventFromRow(edge.node) })),
      pageInfo: page.pageInfo,
    };
  }
}
