import { PageInfo } from '@grimoire/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import { AbilityEnum } from '../common/enums.js';
import { ItemChoiceType } from '../common/values.type.js';

@ObjectType('ItemQuantity', { description: 'An equipment id and how many.' })
export class ItemQuantityType {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Int)
  quantity!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('Background', { implements: CatalogEntryType, description: 'A background (Acolyte, Criminal, …).' })
export class BackgroundType extends CatalogEntryType {
  @Field(() => [AbilityEnum], { description: 'The three abilities it may increase (+2/+1 or +1/+1/+1).' })
  abilityScores!: AbilityEnum[];

  @Field(() => ID, { description: 'The origin feat it grants (see `feat`).' })
  featId!: string;

  @Field(() => [ID], { description: 'Skill proficiencies (skill ids).' })
  skillProficiencies!: string[];

  @Field(() => [ID], { description: 'Tool proficiencies (equipment ids), when fixed.' })
  toolProficiencies!: string[];

  @Field(() => ItemChoiceType, { nullable: true, description: 'A choice of tool, when the background offers one.' })
  toolChoice!: ItemChoiceType | null;

  @Field(() => [ItemQuantityType], { description: 'Starting equipment, option A.' })
  equipment!: ItemQuantityType[];

  @Field(() => Int, { description: 'Gold pieces that come with option A.' })
  equipmentGold!: number;

  @Field(() => Int, { description: 'Gold pieces instead of the equipment (option B).' })
  goldAlternative!: number;
}

export function backgroundFromEntry(entry: CatalogEntry<'background'>): BackgroundType {
  const background = entry.content;
  const tools = background.tools;
  const choice = 'count' in tools ? tools : null;
  return {
    ...entryFields(entry, 'background', 'Background'),
    abilityScores: [...background.abilityScores] as AbilityEnum[],
    featId: background.featId,
    skillProficiencies: [...background.skills],
    toolProficiencies: choice ? [] : [...(tools as readonly string[])],
    toolChoice: choice ? { count: choice.count, from: [...choice.from] } : null,
    equipment: Object.entries(background.equipment.items).map(([itemId, quantity]) => ({ itemId, quantity })),
    equipmentGold: background.equipment.gold,
    goldAlternative: background.goldAlternative,
  };
}

@ObjectType('BackgroundEdge')
export class BackgroundEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => BackgroundType)
  node!: BackgroundType;
}

@ObjectType('BackgroundConnection', { description: 'A page of backgrounds.' })
export class BackgroundConnection {
  @Field(() => [BackgroundEdge])
  edges!: BackgroundEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
