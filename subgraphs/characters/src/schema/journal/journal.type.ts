import { PageInfo } from '@grimoire/platform';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';

import type { JournalEntryRow } from '../../db/tables/index.js';
import { UserReference } from '../user/user.type.js';

/** Stub of the campaigns subgraph's `Campaign`: this subgraph only hands out its id. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Campaign', { description: 'A campaign (owned by the campaigns subgraph).' })
export class CampaignReference {
  @Field(() => ID)
  id!: string;
}

@ObjectType('JournalEntry', { description: 'What happened to a character in one session.' })
export class JournalEntry {
  @Field(() => ID) id!: string;
  @Field(() => ID) characterId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) body!: string;
  @Field(() => String, { description: 'The day the session was played, YYYY-MM-DD.' }) sessionDate!: string;
  @Field(() => CampaignReference, { nullable: true }) campaign!: CampaignReference | null;
  @Field(() => UserReference) author!: UserReference;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
}

export function journalEntryFromRow(row: JournalEntryRow): JournalEntry {
  return {
    id: row.id,
    characterId: row.characterId,
    title: row.title,
    body: row.body,
    sessionDate: row.sessionDate,
    campaign: row.campaignId ? { id: row.campaignId } : null,
    author: { id: row.authorId },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@ObjectType('JournalEntryEdge')
export class JournalEntryEdge {
  @Field(() => String) cursor!: string;
  @Field(() => JournalEntry) node!: JournalEntry;
}

@ObjectType('JournalEntryConnection', { description: 'A page of journal entries, newest session first.' })
export class JournalEntryConnection {
  @Field(() => [JournalEntryEdge]) edges!: JournalEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType('JournalEntryInput', { description: 'A session in the journal.' })
export class JournalEntryInput {
  @Field(() => String, { description: '1-200 characters.' }) title!: string;
  @Field(() => String, { description: 'Up to 20000 characters.' }) body!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) sessionDate!: string;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
}

@InputType('UpdateJournalEntryInput', { description: 'Only the given fields change; campaignId null detaches it.' })
export class UpdateJournalEntryInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true }) sessionDate?: string | null;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
}
