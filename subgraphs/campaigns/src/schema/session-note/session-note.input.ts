import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('SessionNoteInput', {
  description: 'A session note; on update, omitted fields stay as they are (playedOn: null clears it).',
})
export class SessionNoteInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Unique in the campaign; the next number when left out at creation.',
  })
  number?: number | null;

  @Field(() => String, { nullable: true, description: '1-200 characters; required at creation.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to 50000 characters.' })
  narrative?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  playedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Members who were at the table.' })
  presentUserIds?: string[] | null;
}
