import { PageInfo } from '@grimoire/platform';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import { AbilityEnum, FeatCategoryEnum, FeatPrerequisiteFeatureEnum } from '../common/enums.js';
import { AbilityMinimumType } from '../common/values.type.js';
import { EffectType, effectsToGraphQL } from '../effect/effect.type.js';

@ObjectType('FeatPrerequisites', { description: 'What a character needs to take a feat.' })
export class FeatPrerequisitesType {
  @Field(() => Int, { nullable: true })
  minimumLevel!: number | null;

  @Field(() => [AbilityMinimumType], { description: 'Any one of these suffices.' })
  abilities!: AbilityMinimumType[];

  @Field(() => FeatPrerequisiteFeatureEnum, { nullable: true })
  feature!: FeatPrerequisiteFeatureEnum | null;
}

@ObjectType('FeatAbilityIncrease', { description: '+`amount` to one of `from`, chosen by the player, up to `max`.' })
export class FeatAbilityIncreaseType {
  @Field(() => Int)
  amount!: number;

  @Field(() => [AbilityEnum])
  from!: AbilityEnum[];

  @Field(() => Int)
  max!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('Feat', { implements: CatalogEntryType, description: 'A feat (Alert, Great Weapon Master, …).' })
export class FeatType extends CatalogEntryType {
  @Field(() => FeatCategoryEnum)
  category!: FeatCategoryEnum;

  @Field(() => FeatPrerequisitesType)
  prerequisites!: FeatPrerequisitesType;

  @Field(() => Boolean)
  repeatable!: boolean;

  @Field(() => [EffectType])
  effects!: EffectType[];

  @Field(() => FeatAbilityIncreaseType, { nullable: true })
  abilityIncrease!: FeatAbilityIncreaseType | null;
}

export function featFromEntry(entry: CatalogEntry<'feat'>): FeatType {
  const feat = entry.content;
  return {
    ...entryFields(entry, 'feat', 'Feat'),
    category: feat.category as FeatCategoryEnum,
    prerequisites: {
      minimumLevel: feat.prerequisites.minimumLevel ?? null,
      abilities: (feat.prerequisites.abilities ?? []) as AbilityMinimumType[],
      feature: (feat.prerequisites.feature ?? null) as FeatPrerequisiteFeatureEnum | null,
    },
    repeatable: feat.repeatable,
    effects: effectsToGraphQL(feat.effects),
    abilityIncrease: feat.abilityIncrease
      ? {
          amount: feat.abilityIncrease.amount,
          from: feat.abilityIncrease.from as AbilityEnum[],
          max: feat.abilityIncrease.max,
        }
      : null,
  };
}

@ObjectType('FeatEdge')
export class FeatEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => FeatType)
  node!: FeatType;
}

@ObjectType('FeatConnection', { description: 'A page of feats.' })
export class FeatConnection {
  @Field(() => [FeatEdge])
  edges!: FeatEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
