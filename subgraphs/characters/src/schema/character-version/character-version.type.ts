import { PageInfo } from '@grimoire/platform';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { CharacterVersionRow } from '../../db/tables/index.js';
import type { CharacterChange as DomainChange } from '../../domain/character-state.js';
import { UserReference } from '../user/user.type.js';

@ObjectType('CharacterChange', { description: 'One difference between two versions: a path and both values.' })
export class CharacterChange {
  @Field(() => String, { description: 'JSON path in the character state, e.g. `build.classes[0].level`.' })
  path!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before (null: absent).' })
  from!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after (null: absent).' })
  to!: unknown;
}

@ObjectType('CharacterVersion', { description: 'One saved state of a character, and what changed to reach it.' })
export class CharacterVersion {
  @Field(() => ID, { description: 'The character this version belongs to.' })
  characterId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => [CharacterChange], { description: 'What changed from the previous version.' })
  changes!: CharacterChange[];

  @Field(() => UserReference, { description: 'Who made the change.' })
  author!: UserReference;

  @Field(() => String, { description: 'Why, as recorded by the change ("Level up: Fighter").' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The milestone name given to this version, if any.' })
  milestone!: string | null;

  @Field(() => GraphQLJSONObject, {
    description: "The whole character state at this version (the export format's `character`).",
  })
  snapshot!: Record<string, unknown>;

  @Field(() => ID, {
    nullable: true,
    description: 'The campaign table event (TableEvent) this version applied or reverted; null for other changes.',
  })
  tableEventId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export function characterVersionFromRow(row: CharacterVersionRow): CharacterVersion {
  return {
    characterId: row.characterId,
    version: row.version,
    changes: row.changes.map((change: DomainChange) => ({ ...change })),
    author: { id: row.authorId },
    reason: row.reason,
    milestone: row.milestone,
    snapshot: row.snapshot,
    tableEventId: row.tableEventId,
    createdAt: row.createdAt,
  };
}

@ObjectType('CharacterVersionEdge', { description: 'One version in a page of versions.' })
export class CharacterVersionEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => CharacterVersion)
  node!: CharacterVersion;
}

@ObjectType('CharacterVersionConnection', { description: 'A page of versions, newest first.' })
export class CharacterVersionConnection {
  @Field(() => [CharacterVersionEdge])
  edges!: CharacterVersionEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
