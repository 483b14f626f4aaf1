import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Stubs of the catalog subgraph's entities: this subgraph hands out ids, the router asks the
// catalog for names, descriptions and rules text.

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Species', { description: 'A species (owned by the catalog subgraph).' })
export class SpeciesReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Lineage', { description: 'A lineage of a species (owned by the catalog subgraph).' })
export class LineageReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Background', { description: 'A background (owned by the catalog subgraph).' })
export class BackgroundReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('CharacterClass', { description: 'A class (owned by the catalog subgraph).' })
export class CharacterClassReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Subclass', { description: 'A subclass (owned by the catalog subgraph).' })
export class SubclassReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Feat', { description: 'A feat (owned by the catalog subgraph).' })
export class FeatReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Spell', { description: 'A spell (owned by the catalog subgraph).' })
export class SpellReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('MagicItem', { description: 'A magic item (owned by the catalog subgraph).' })
export class MagicItemReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Armor', { description: 'Armor or a shield (owned by the catalog subgraph).' })
export class ArmorReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Weapon', { description: 'A weapon (owned by the catalog subgraph).' })
export class WeaponReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Gear', { description: 'Adventuring gear, tools, packs… (owned by the catalog subgraph).' })
export class GearReference {
  @Field(() => ID)
  id!: string;
}

export const CATALOG_STUBS = [
  SpeciesReference,
  LineageReference,
  BackgroundReference,
  CharacterClassReference,
  SubclassReference,
  FeatReference,
  SpellReference,
  MagicItemReference,
  ArmorReference,
  WeaponReference,
  GearReference,
];
