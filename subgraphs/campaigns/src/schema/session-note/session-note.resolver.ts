import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import {
  createSessionNote,
  deleteSessionNoteOf,
  updateSessionNoteOf,
} from '../../domain/session-notes/manage-session-notes.js';
import { listSessionNotes, viewSessionNote } from '../../domain/session-notes/view-session-log.js';
import { Campaign, campaignFromRow } from '../campaign/campaign.type.js';
import { TableEvent, tableEventFromRow } from '../table-event/table-event.type.js';
import { UserReference } from '../user/user.type.js';
import { SessionNoteInput } from './session-note.input.js';
import { SessionNote, sessionNoteFromRow } from './session-note.type.js';

const readersOf = (ctx: CampaignsContext) => ({
  ...ctx.sessionLog,
  membersByCampaignId: ctx.loaders.membersByCampaignId,
});

@Resolver(() => SessionNote)
export class SessionNoteResolver {
  @Mutation(() => SessionNote, {
    description: 'Game master or co-game master: adds a session note to the session log.',
  })
  async createSessionNote(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => SessionNoteInput) input: SessionNoteInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<SessionNote> {
    const viewer = requireIdentity(ctx.viewer);
    return sessionNoteFromRow(await createSessionNote(ctx, viewer, campaignId, input));
  }

  @Mutation(() => SessionNote, { description: 'Game master or co-game master: changes a session note.' })
  async updateSessionNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SessionNoteInput) input: SessionNoteInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<SessionNote> {
    const viewer = requireIdentity(ctx.viewer);
    return sessionNoteFromRow(await updateSessionNoteOf(ctx, viewer, id, input));
  }

  @Mutation(() => ID, {
    description:
      'Game master or co-game master: deletes a session note (its table events stay in the log); returns its id.',
  })
  async deleteSessionNote(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteSessionNoteOf(ctx, viewer, id);
  }

  @Query(() => SessionNote, { description: 'A session note of a campaign you are a member of.' })
  async sessionNote(@Arg('id', () => ID) id: string, @Ctx() ctx: CampaignsContext): Promise<SessionNote> {
    const viewer = requireIdentity(ctx.viewer);
    return sessionNoteFromRow(await viewSessionNote(readersOf(ctx), viewer.userId, id));
  }

  @FieldResolver(() => Campaign)
  async campaign(@Root() note: SessionNote, @Ctx() ctx: CampaignsContext): Promise<Campaign> {
    const row = await ctx.loaders.campaignById.load(note.row.campaignId);
    if (!row) throw new Error(`session note ${note.id} has no campaign`);
    return campaignFromRow(row);
  }

  @FieldResolver(() => [UserReference], { description: 'Members who were at the table.' })
  presentUsers(@Root() note: SessionNote): UserReference[] {
    return note.row.presentUserIds.map((id) => ({ id }));
  }

  @FieldResolver(() => [TableEvent], { description: 'Table events recorded with this note, oldest first.' })
  async tableEvents(@Root() note: SessionNote, @Ctx() ctx: CampaignsContext): Promise<TableEvent[]> {
    return (await ctx.sessionLog.tableEventsBySessionNoteId.load(note.id)).map(tableEventFromRow);
  }
}

/** `Campaign.sessionNotes`: the session log in session order. */
@Resolver(() => Campaign)
export class CampaignSessionNotesResolver {
  @FieldResolver(() => [SessionNote], { description: 'Members only: the session log, in session order.' })
  async sessionNotes(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<SessionNote[]> {
    const viewer = requireIdentity(ctx.viewer);
    return (await listSessionNotes(readersOf(ctx), viewer.userId, campaign.id)).map(sessionNoteFromRow);
  }
}
