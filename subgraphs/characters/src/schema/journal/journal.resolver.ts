import { requireIdentity, PAGE_SIZE_DEFAULT } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import type { CharactersContext } from '../../context.js';
import {
  addJournalEntry,
  deleteJournalEntry,
  listJournalEntries,
  updateJournalEntry,
} from '../../domain/record-journal-entry.js';
import { Character } from '../character/character.type.js';
import {
  JournalEntry,
  JournalEntryConnection,
  journalEntryFromRow,
  JournalEntryInput,
  UpdateJournalEntryInput,
} from './journal.type.js';

@Resolver(() => Character)
export class JournalResolver {
  @FieldResolver(() => JournalEntryConnection, { description: 'The journal, newest session first.' })
  async journalEntries(
    @Root() character: Character,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZE_DEFAULT, description: 'Page size, 1-100.' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CharactersContext,
  ): Promise<JournalEntryConnection> {
    const page = await listJournalEntries(ctx.loaders, character.id, { first, after });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: journalEntryFromRow(edge.node) })),
      pageInfo: page.pageInfo,
    };
  }

  @Mutation(() => JournalEntry, { description: 'Adds a session to your character’s journal.' })
  async addJournalEntry(
    @Arg('id', () => ID, { description: 'The character.' }) id: string,
    @Arg('input', () => JournalEntryInput) input: JournalEntryInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<JournalEntry> {
    const viewer = requireIdentity(ctx.viewer);
    return journalEntryFromRow(await addJournalEntry(ctx.db, viewer.userId, id, input));
  }

  @Mutation(() => JournalEntry, { description: 'Edits an entry of your character’s journal.' })
  async updateJournalEntry(
    @Arg('entryId', () => ID) entryId: string,
    @Arg('input', () => UpdateJournalEntryInput) input: UpdateJournalEntryInput,
    @Ctx() ctx: CharactersContext,
  ): Promise<JournalEntry> {
    const viewer = requireIdentity(ctx.viewer);
    return journalEntryFromRow(await updateJournalEntry(ctx.db, viewer.userId, entryId, input));
  }

  @Mutation(() => ID, { description: 'Deletes an entry of your character’s journal; returns its id.' })
  async deleteJournalEntry(@Arg('entryId', () => ID) entryId: string, @Ctx() ctx: CharactersContext): Promise<string> {
    const viewer = requireIdentity(ctx.viewer);
    return deleteJournalEntry(ctx.db, viewer.userId, entryId);
  }
}
