import { enumOf } from '@grimoire/graphql-types';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

import {
  TABLE_EVENT_APPLICATION_STATUSES,
  type TableEventApplicationRow,
  type TableEventApplicationStatus as StatusValue,
} from '../../db/tables/index.js';

export const TableEventApplicationStatus = enumOf(TABLE_EVENT_APPLICATION_STATUSES);
registerEnumType(TableEventApplicationStatus, {
  name: 'TableEventApplicationStatus',
  description: 'What became of a table event for one character.',
  valuesConfig: {
    APPLIED: { description: 'The character changed (a version linked to the event).' },
    FAILED: { description: 'The event could not apply to this character (see failure); nothing changed.' },
    REVERTED: { description: 'Applied, then undone by revertTableEvent (a second version).' },
    REVERT_FAILED: { description: 'Applied, but the revert could not undo it (see failure).' },
  },
});

/**
 * The campaigns subgraph's table event; this subgraph contributes what it did to each character
 * (see table-event.resolver.ts).
 */
@Directive('@key(fields: "id")')
@ObjectType('TableEvent')
export class TableEvent {
  @Field(() => ID)
  id!: string;
}

@ObjectType('TableEventApplication', { description: 'What a table event did to one of its target characters.' })
export class TableEventApplication {
  /** Internal: the character's id, for `character`. */
  characterId!: string;

  @Field(() => TableEventApplicationStatus)
  status!: StatusValue;

  @Field(() => String, { nullable: true, description: 'Why it could not apply or be reverted.' })
  failure!: string | null;

  @Field(() => Date)
  appliedAt!: Date;

  @Field(() => Date, { nullable: true })
  revertedAt!: Date | null;
}

export function tableEventApplicationFromRow(row: TableEventApplicationRow): TableEventApplication {
  return {
    characterId: row.characterId,
    status: row.status,
    failure: row.failure,
    appliedAt: row.appliedAt,
    revertedAt: row.revertedAt,
  };
}
