import { PageInfo } from '@grimoire/platform';
import type { Armor, Gear, Weapon } from '@grimoire/rules';
import { Directive, Field, Float, Int, InterfaceType, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import {
  ArmorCategoryEnum,
  DamageTypeEnum,
  EquipmentKindEnum,
  GearKindEnum,
  WeaponCategoryEnum,
  WeaponMasteryEnum,
  WeaponPropertyEnum,
  WeaponRangeEnum,
} from '../common/enums.js';
import { CostType, costToGraphQL, DiceType, diceToGraphQL } from '../common/values.type.js';

const resolveType = (value: { __typename: string }) => value.__typename;

@InterfaceType('Item', {
  implements: CatalogEntryType,
  resolveType,
  description: 'Anything a character can carry: equipment or a magic item.',
})
export abstract class ItemType extends CatalogEntryType {}

@InterfaceType('Equipment', {
  implements: [ItemType, CatalogEntryType],
  resolveType,
  description: 'Mundane equipment: armor, weapons and gear.',
})
export abstract class EquipmentType extends ItemType {
  @Field(() => EquipmentKindEnum)
  equipmentKind!: EquipmentKindEnum;

  @Field(() => Float, { description: 'Weight in pounds (0 when negligible).' })
  weight!: number;

  @Field(() => CostType, { nullable: true })
  cost!: CostType | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Armor', { implements: [EquipmentType, ItemType, CatalogEntryType], description: 'Armor or a shield.' })
export class ArmorType extends EquipmentType {
  @Field(() => ArmorCategoryEnum)
  category!: ArmorCategoryEnum;

  @Field(() => Int, { description: 'Base AC; for a shield, its bonus.' })
  armorClass!: number;

  @Field(() => Boolean, { description: 'DEX modifier applies.' })
  dexBonus!: boolean;

  @Field(() => Int, { nullable: true, description: 'Cap on the DEX modifier (medium armor: 2); null when uncapped.' })
  maxDexBonus!: number | null;

  @Field(() => Int, { description: 'STR needed to avoid the speed penalty (0 when none).' })
  strengthMinimum!: number;

  @Field(() => Boolean)
  stealthDisadvantage!: boolean;
}

@ObjectType('WeaponDamage', { description: "A weapon's damage dice and type." })
export class WeaponDamageType {
  @Field(() => DiceType)
  dice!: DiceType;

  @Field(() => DamageTypeEnum)
  damageType!: DamageTypeEnum;
}

@ObjectType('WeaponRangeDistances', { description: 'Normal and long range in feet.' })
export class WeaponRangeDistancesType {
  @Field(() => Int)
  normal!: number;

  @Field(() => Int)
  long!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('Weapon', { implements: [EquipmentType, ItemType, CatalogEntryType], description: 'A weapon.' })
export class WeaponType extends EquipmentType {
  @Field(() => WeaponCategoryEnum)
  category!: WeaponCategoryEnum;

  @Field(() => WeaponRangeEnum)
  range!: WeaponRangeEnum;

  @Field(() => WeaponDamageType, { nullable: true })
  damage!: WeaponDamageType | null;

  @Field(() => DiceType, { nullable: true, description: 'Damage dice when wielded with two hands (Versatile).' })
  versatileDamage!: DiceType | null;

  @Field(() => [WeaponPropertyEnum])
  properties!: WeaponPropertyEnum[];

  @Field(() => WeaponMasteryEnum, { nullable: true })
  mastery!: WeaponMasteryEnum | null;

  @Field(() => WeaponRangeDistancesType, { nullable: true })
  ranges!: WeaponRangeDistancesType | null;
}

@ObjectType('GearCapacity', { description: 'What a container holds.' })
export class GearCapacityType {
  @Field(() => Float, { nullable: true })
  pounds!: number | null;

  @Field(() => Int, { nullable: true })
  items!: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Gear', {
  implements: [EquipmentType, ItemType, CatalogEntryType],
  description: 'Adventuring gear, tools, packs, mounts…',
})
export class GearType extends EquipmentType {
  @Field(() => GearKindEnum)
  gearKind!: GearKindEnum;

  @Field(() => GearCapacityType, { nullable: true })
  capacity!: GearCapacityType | null;
}

export type AnyEquipment = ArmorType | WeaponType | GearType;

export function equipmentFromEntry(entry: CatalogEntry<'equipment'>): AnyEquipment {
  const item = entry.content;
  const common = { weight: item.weight, cost: costToGraphQL(item.cost) };
  if (item.kind === 'armor') {
    const armor: Armor = item;
    return {
      ...entryFields(entry, 'equipment', 'Armor'),
      ...common,
      equipmentKind: EquipmentKindEnum.ARMOR,
      category: armor.category as ArmorCategoryEnum,
      armorClass: armor.armorClass,
      dexBonus: armor.dexBonus,
      maxDexBonus: armor.maxDexBonus,
      strengthMinimum: armor.strengthMinimum,
      stealthDisadvantage: armor.stealthDisadvantage,
    };
  }
  if (item.kind === 'weapon') {
    const weapon: Weapon = item;
    return {
      ...entryFields(entry, 'equipment', 'Weapon'),
      ...common,
      equipmentKind: EquipmentKindEnum.WEAPON,
      category: weapon.category as WeaponCategoryEnum,
      range: weapon.range as WeaponRangeEnum,
      damage: weapon.damage
        ? { dice: diceToGraphQL(weapon.damage.dice), damageType: weapon.damage.type as DamageTypeEnum }
        : null,
      versatileDamage: weapon.versatileDamage ? diceToGraphQL(weapon.versatileDamage) : null,
      properties: weapon.properties as WeaponPropertyEnum[],
      mastery: (weapon.mastery ?? null) as WeaponMasteryEnum | null,
      ranges: weapon.ranges ? { ...weapon.ranges } : null,
    };
  }
  const gear: Gear = item;
  return {
    ...entryFields(entry, 'equipment', 'Gear'),
    ...common,
    equipmentKind: EquipmentKindEnum.GEAR,
    gearKind: gear.kind as GearKindEnum,
    capacity: gear.capacity ? { pounds: gear.capacity.pounds ?? null, items: gear.capacity.items ?? null } : null,
  };
}

@ObjectType('EquipmentEdge')
export class EquipmentEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => EquipmentType)
  node!: AnyEquipment;
}

@ObjectType('EquipmentConnection', { description: 'A page of equipment.' })
export class EquipmentConnection {
  @Field(() => [EquipmentEdge])
  edges!: EquipmentEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
