import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { SessionNoteRow } from '../../db/tables/index.js';

@ObjectType('SessionNote', { description: "An entry of a campaign's session log: one played session." })
export class SessionNote {
  @Field(() => ID)
  id!: string;

  /** Internal: for the campaign, presentUsers and tableEvents fields. */
  row!: SessionNoteRow;

  @Field(() => Int, { description: 'Session number, unique in the campaign.' })
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'What happened, as the game master tells it.' })
  narrative!: string;

  @Field(() => String, { nullable: true, description: 'When it was played (YYYY-MM-DD).' })
  playedOn!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export function sessionNoteFromRow(row: SessionNoteRow): SessionNote {
  return {
    id: row.id,
    row,
    number: row.number,
    title: row.title,
    narrative: row.narrative,
    playedOn: row.playedOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
