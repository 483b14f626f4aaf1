import { PageInfo } from '@grimoire/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import { RarityEnum, RechargeEnum } from '../common/enums.js';
import { EffectType, effectsToGraphQL } from '../effect/effect.type.js';
import { ItemType } from '../equipment/equipment.type.js';

@ObjectType('MagicItemCharges', { description: 'Charges and when they come back.' })
export class MagicItemChargesType {
  @Field(() => Int)
  max!: number;

  @Field(() => RechargeEnum)
  recharge!: RechargeEnum;
}

@Directive('@key(fields: "id")')
@ObjectType('MagicItem', { implements: [ItemType, CatalogEntryType], description: 'A magic item.' })
export class MagicItemType extends ItemType {
  @Field(() => String, { description: 'As in the SRD: `Wondrous Item`, `Armor`, `Weapon`, `Ring`, …' })
  category!: string;

  @Field(() => RarityEnum)
  rarity!: RarityEnum;

  @Field(() => Boolean)
  requiresAttunement!: boolean;

  @Field(() => [EffectType], { description: 'Effects while equipped (and attuned, when required).' })
  effects!: EffectType[];

  @Field(() => ID, { nullable: true, description: 'The mundane item it is built on (see `baseItem`).' })
  baseItemId!: string | null;

  @Field(() => MagicItemChargesType, { nullable: true })
  charges!: MagicItemChargesType | null;
}

export function magicItemFromEntry(entry: CatalogEntry<'magic-item'>): MagicItemType {
  const item = entry.content;
  return {
    ...entryFields(entry, 'magic-item', 'MagicItem'),
    category: item.category,
    rarity: item.rarity as RarityEnum,
    requiresAttunement: item.requiresAttunement,
    effects: effectsToGraphQL(item.effects),
    baseItemId: item.baseItemId ?? null,
    charges: item.charges ? { max: item.charges.max, recharge: item.charges.recharge } : null,
  };
}

@ObjectType('MagicItemEdge')
export class MagicItemEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => MagicItemType)
  node!: MagicItemType;
}

@ObjectType('MagicItemConnection', { description: 'A page of magic items.' })
export class MagicItemConnection {
  @Field(() => [MagicItemEdge])
  edges!: MagicItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
