import { PageInfo } from '@grimoire/platform';
import type { ThemeId } from '@grimoire/rules';
import { createUnionType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CharacterRow } from '../../db/tables/index.js';
import {
  ArmorReference,
  BackgroundReference,
  CharacterClassReference,
  FeatReference,
  GearReference,
  LineageReference,
  MagicItemReference,
  SpeciesReference,
  SubclassReference,
  WeaponReference,
} from '../catalog/catalog-stubs.js';
import { EditionEnum, SizeEnum } from '../common/enums.js';
import { Theme } from '../theme/theme.type.js';
import { UserReference } from '../user/user.type.js';

@ObjectType('ClassLevel', { description: 'A class the character has and its level in it.' })
export class ClassLevel {
  @Field(() => CharacterClassReference)
  class!: CharacterClassReference;

  @Field(() => Int)
  level!: number;

  @Field(() => SubclassReference, { nullable: true })
  subclass!: SubclassReference | null;

  @Field(() => [Int], { description: 'Hit point rolls recorded for levels after the first (empty: fixed values).' })
  hitPointRolls!: number[];
}

@ObjectType('CharacterFeat', { description: 'A feat the character has and where it came from.' })
export class CharacterFeat {
  @Field(() => FeatReference)
  feat!: FeatReference;

  @Field(() => String, { description: '`background`, `species`, `class-level` or `other`.' })
  source!: string;
}

export const CatalogItemUnion = createUnionType({
  name: 'CatalogItem',
  description: 'An item of the catalog: armor, a weapon, gear or a magic item.',
  types: () => [ArmorReference, WeaponReference, GearReference, MagicItemReference] as const,
  // Field resolvers return `{ __typename, id }` (see `itemReference`).
  resolveType: (value) => (value as unknown as { __typename: string }).__typename,
});

@ObjectType('CharacterEquipment', { description: 'An item on the sheet: how many, equipped, attuned.' })
export class CharacterEquipment {
  @Field(() => ID, { description: 'The catalog id of the item.' })
  itemId!: string;

  @Field(() => CatalogItemUnion, { nullable: true, description: 'The catalog item; null when the id is unknown.' })
  item!: typeof CatalogItemUnion | null;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Boolean)
  equipped!: boolean;

  @Field(() => Boolean)
  attuned!: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Character', { description: 'A player character: its build, derived sheet, validation and history.' })
export class Character {
  @Field(() => ID, { description: 'Stable id (a UUID).' })
  id!: string;

  @Field(() => String, { description: 'Display name, 1-100 characters.' })
  name!: string;

  @Field(() => UserReference, { description: 'The user who created and controls this character.' })
  owner!: UserReference;

  @Field(() => EditionEnum)
  edition!: EditionEnum;

  @Field(() => Int, { description: 'Bumped by every change; pass it back as `expectedVersion`.' })
  version!: number;

  @Field(() => Boolean, { description: 'Others may start characters from this one.' })
  isTemplate!: boolean;

  @Field(() => Theme, { description: "The campaign theme it is told in; a campaign's theme transition moves it." })
  theme!: ThemeId;

  @Field(() => Date, { description: 'When the character was created.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When the character last changed.' })
  updatedAt!: Date;

  @Field(() => SpeciesReference, { nullable: true })
  species!: SpeciesReference | null;

  @Field(() => LineageReference, { nullable: true })
  lineage!: LineageReference | null;

  @Field(() => BackgroundReference, { nullable: true })
  background!: BackgroundReference | null;

  @Field(() => SizeEnum, {
    nullable: true,
    description: 'The size chosen (derived sheets use the species size otherwise).',
  })
  size!: SizeEnum | null;

  @Field(() => [ClassLevel], { description: 'Classes in the order taken; the first is the starting class.' })
  classes!: ClassLevel[];

  @Field(() => [CharacterFeat])
  feats!: CharacterFeat[];

  @Field(() => [CharacterEquipment])
  equipment!: CharacterEquipment[];

  @Field(() => [ID], { description: 'Skill proficiencies chosen (5e-database indexes).' })
  skillProficiencies!: string[];

  @Field(() => [ID])
  skillExpertise!: string[];

  /** Not a field: the stored row, for the derived fields. */
  row!: CharacterRow;
}

export function characterFromRow(row: CharacterRow): Character {
  const build = row.build;
  return {
    id: row.id,
    name: row.name,
    owner: { id: row.ownerId },
    edition: row.edition as EditionEnum,
    version: row.version,
    isTemplate: row.isTemplate,
    theme: row.theme,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    species: build.speciesId ? { id: build.speciesId } : null,
    lineage: build.lineageId ? { id: build.lineageId } : null,
    background: build.backgroundId ? { id: build.backgroundId } : null,
    size: build.size ?? null,
    classes: (build.classes ?? []).map((entry) => ({
      class: { id: entry.classId },
      level: entry.level,
      subclass: entry.subclassId ? { id: entry.subclassId } : null,
      hitPointRolls: [...(entry.hitPointRolls ?? [])],
    })),
    feats: (build.feats ?? []).map((choice) => ({ feat: { id: choice.featId }, source: choice.source.kind })),
    equipment: [],
    skillProficiencies: [...(build.skillProficiencies ?? [])],
    skillExpertise: [...(build.skillExpertise ?? [])],
    row,
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
