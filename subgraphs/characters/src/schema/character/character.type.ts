import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CharacterRow } from '../../db/tables/index.js';
import { PageInfo } from '@grimoire/platform';
import { UserReference } from '../user/user.type.js';

@Directive('@key(fields: "id")')
@ObjectType('Character', { description: 'A player character.' })
export class Character {
  @Field(() => ID, { description: 'Stable id (a UUID).' })
  id!: string;

  @Field(() => String, { description: 'Display name, 1-100 characters.' })
  name!: string;

  @Field(() => UserReference, { description: 'The user who created and controls this character.' })
  owner!: UserReference;

  @Field(() => String, { nullable: true, description: 'Species id from the rules catalog, e.g. `elf`.' })
  species!: string | null;

  @Field(() => String, { name: 'class', nullable: true, description: 'Class id from the rules catalog, e.g. `fighter`.' })
  className!: string | null;

  @Field(() => Int, { description: 'Character level, 1-20.' })
  level!: number;

  @Field(() => Date, { description: 'When the character was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the character last changed.' })
  updatedAt!: Date;
}

export function characterFromRow(row: CharacterRow): Character {
  return {
    id: row.id,
    name: row.name,
    owner: { id: row.ownerId },
    species: row.species,
    className: row.className,
    level: row.level,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

@ObjectType('CharacterEdge', { description: 'One character in a page of characters.' })
export class CharacterEdge {
  @Field(() => String, { description: 'Opaque position of this edge; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => Character)
  node!: Character;
}

@ObjectType('CharacterConnection', { description: 'A page of characters.' })
export class CharacterConnection {
  @Field(() => [CharacterEdge])
  edges!: CharacterEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
