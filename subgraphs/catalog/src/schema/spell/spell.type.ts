import { PageInfo } from '@grimoire/platform';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

import type { CatalogEntry } from '../../domain/read-catalog.js';
import { CatalogEntryType, entryFields } from '../catalog-entry/catalog-entry.type.js';
import { DamageTypeEnum, SpellSchoolEnum } from '../common/enums.js';
import { DiceType, diceToGraphQL } from '../common/values.type.js';

@ObjectType('SpellComponents', { description: 'Verbal, somatic and material components.' })
export class SpellComponentsType {
  @Field(() => Boolean)
  verbal!: boolean;

  @Field(() => Boolean)
  somatic!: boolean;

  @Field(() => String, { nullable: true, description: 'The material, as printed; null when none.' })
  material!: string | null;
}

@ObjectType('SpellDamage', { description: "Damage at the spell's base level." })
export class SpellDamageType {
  @Field(() => DiceType)
  dice!: DiceType;

  @Field(() => DamageTypeEnum)
  damageType!: DamageTypeEnum;

  @Field(() => Boolean, { description: 'It can hit several creatures.' })
  area!: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Spell', { implements: CatalogEntryType, description: 'A spell (SRD 5.2 or homebrew).' })
export class SpellType extends CatalogEntryType {
  @Field(() => Int, { description: '0 for cantrips.' })
  level!: number;

  @Field(() => SpellSchoolEnum)
  school!: SpellSchoolEnum;

  @Field(() => [ID], { description: 'Ids of the class spell lists that include it.' })
  classIds!: string[];

  @Field(() => Boolean)
  ritual!: boolean;

  @Field(() => Boolean)
  concentration!: boolean;

  @Field(() => String, { description: 'As printed: `Action`, `Bonus Action`, `1 minute`, …' })
  castingTime!: string;

  @Field(() => String, { description: 'As printed: `Self`, `Touch`, `60 feet`, …' })
  range!: string;

  @Field(() => SpellComponentsType)
  components!: SpellComponentsType;

  @Field(() => String, { description: 'As printed: `Instantaneous`, `1 hour`, …' })
  duration!: string;

  @Field(() => SpellDamageType, {
    nullable: true,
    description: 'Damage at its base level, when known (homebrew gives it).',
  })
  damage!: SpellDamageType | null;
}

export function spellFromEntry(entry: CatalogEntry<'spell'>): SpellType {
  const spell = entry.content;
  return {
    ...entryFields(entry, 'spell', 'Spell'),
    level: spell.level,
    school: spell.school as SpellSchoolEnum,
    classIds: [...spell.classes],
    ritual: spell.ritual,
    concentration: spell.concentration,
    castingTime: spell.castingTime,
    range: spell.range,
    components: { ...spell.components },
    duration: spell.duration,
    damage: spell.damage
      ? {
          dice: diceToGraphQL(spell.damage.dice),
          damageType: spell.damage.type as DamageTypeEnum,
          area: spell.damage.area,
        }
      : null,
  };
}

@ObjectType('SpellEdge')
export class SpellEdge {
  @Field(() => String, { description: 'Opaque position; pass as `after` to continue from here.' })
  cursor!: string;

  @Field(() => SpellType)
  node!: SpellType;
}

@ObjectType('SpellConnection', { description: 'A page of spells.' })
export class SpellConnection {
  @Field(() => [SpellEdge])
  edges!: SpellEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
