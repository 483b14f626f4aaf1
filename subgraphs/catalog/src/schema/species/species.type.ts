import { PageInfo } from '@grimoire/platform';
import type { Lineage, SpeciesTrait } from '@grimoire/rules';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry, HomebrewMeta } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import type { DescriptionSource } from '../catalog-entry/described.js';
import { DamageTypeEnum, SizeEnum } from '../common/enums.js';
import { EffectType, effectsToGraphQL } from '../effect/effect.type.js';

@ObjectType('SpeciesTrait', { description: 'A trait of a species or lineage.' })
export class SpeciesTraitType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [EffectType], { description: 'What it changes on the sheet; empty for text-only traits.' })
  effects!: EffectType[];

  @Field(() => String, { nullable: true, description: 'Rules text; null until imported.' })
  description?: string | null;

  describedBy!: DescriptionSource;
}

function traitToGraphQL(trait: SpeciesTrait, homebrew: boolean): SpeciesTraitType {
  return {
    id: trait.id,
    name: trait.name,
    effects: effectsToGraphQL(trait.effects),
    describedBy: { kind: 'species-trait', id: trait.id, homebrew, text: null },
  };
}

@Directive('@key(fields: "id")')
@ObjectType('Lineage', {
  implements: CatalogEntryType,
  description: 'A lineage (subspecies) of a species: Drow, Black Dragonborn, …',
})
export class LineageType extends CatalogEntryType {
  @Field(() => ID)
  speciesId!: string;

  @Field(() => [SpeciesTraitType])
  traits!: SpeciesTraitType[];

  @Field(() => DamageTypeEnum, { nullable: true, description: 'Damage type tied to the lineage (draconic ancestry).' })
  damageType!: DamageTypeEnum | null;
}

export function lineageToGraphQL(lineage: Lineage, homebrew: HomebrewMeta | null): LineageType {
  return {
    ...entryFields({ kind: 'lineage', content: lineage, homebrew }, 'lineage', 'Lineage'),
    // A homebrew lineage's text is part of its species; it has none of its own.
    describedBy: { kind: 'lineage', id: lineage.id, homebrew: homebrew !== null, text: null },
    speciesId: lineage.speciesId,
    traits: lineage.traits.map((trait) => traitToGraphQL(trait, homebrew !== null)),
    damageType: (lineage.damageType ?? null) as DamageTypeEnum | null,
  };
}

export const lineageFromEntry = (entry: CatalogEntry<'lineage'>): LineageType =>
  lineageToGraphQL(entry.content, entry.homebrew);

@Directive('@key(fields: "id")')
@ObjectType('Species', {
  implements: CatalogEntryType,
  description: 'A species (Dwarf, Elf, …) with its traits and lineages.',
})
export class SpeciesType extends CatalogEntryType {
  @Field(() => [SizeEnum], { description: 'Sizes a player may choose from.' })
  sizes!: SizeEnum[];

  @Field(() => Int, { description: 'Walking speed in feet.' })
  speed!: number;

  @Field(() => [SpeciesTraitType])
  traits!: SpeciesTraitType[];

  @Field(() => [LineageType])
  lineages!: LineageType[];

  @Field(() => Boolean, { description: 'A lineage must be chosen.' })
  lineageRequired!: boolean;
}

export function speciesFromEntry(entry: CatalogEntry<'species'>): SpeciesType {
  const species = entry.content;
  return {
    ...entryFields(entry, 'species', 'Species'),
    sizes: species.sizes as SizeEnum[],
    speed: species.speed,
    traits: species.traits.map((trait) => traitToGraphQL(trait, entry.homebrew !== null)),
    lineages: species.lineages.map((lineage) => lineageToGraphQL(lineage, entry.homebrew)),
    lineageRequired: species.lineageRequired,
  };
}

@ObjectType('SpeciesEdge')
export class SpeciesEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => SpeciesType)
  node!: SpeciesType;
}

@ObjectType('SpeciesConnection', { description: 'A page of species.' })
export class SpeciesConnection {
  @Field(() => [SpeciesEdge])
  edges!: SpeciesEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
