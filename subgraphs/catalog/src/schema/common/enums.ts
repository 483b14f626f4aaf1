import { registerEnumType } from 'type-graphql';

// GraphQL enum values are UPPER_CASE; their internal values are the rules model's strings
// (`str`, `ability-score-increase`, …), so rules objects map onto the API without conversion.
// Enums other subgraphs also expose are registered once, in @grimoire/graphql-types.
export { AbilityEnum, CurrencyUnitEnum, RechargeEnum, SizeEnum } from '@grimoire/graphql-types';

export enum DamageTypeEnum {
  ACID = 'acid',
  BLUDGEONING = 'bludgeoning',
  COLD = 'cold',
  FIRE = 'fire',
  FORCE = 'force',
  LIGHTNING = 'lightning',
  NECROTIC = 'necrotic',
  PIERCING = 'piercing',
  POISON = 'poison',
  PSYCHIC = 'psychic',
  RADIANT = 'radiant',
  SLASHING = 'slashing',
  THUNDER = 'thunder',
}
registerEnumType(DamageTypeEnum, { name: 'DamageType', description: 'The 13 damage types.' });

export enum ArmorCategoryEnum {
  LIGHT = 'light',
  MEDIUM = 'medium',
  HEAVY = 'heavy',
  SHIELD = 'shield',
}
registerEnumType(ArmorCategoryEnum, { name: 'ArmorCategory', description: 'Armor training category.' });

export enum WeaponCategoryEnum {
  SIMPLE = 'simple',
  MARTIAL = 'martial',
}
registerEnumType(WeaponCategoryEnum, { name: 'WeaponCategory', description: 'Weapon category.' });

export enum EffectKindEnum {
  ABILITY_SCORE_INCREASE = 'ability-score-increase',
  ABILITY_SCORE_SET = 'ability-score-set',
  ABILITY_SCORE_MAX = 'ability-score-max',
  ARMOR_CLASS_FORMULA = 'armor-class-formula',
  ARMOR_CLASS_BONUS = 'armor-class-bonus',
  SAVING_THROW_PROFICIENCY = 'saving-throw-proficiency',
  SAVING_THROW_BONUS = 'saving-throw-bonus',
  SKILL_PROFICIENCY = 'skill-proficiency',
  SKILL_EXPERTISE = 'skill-expertise',
  HALF_PROFICIENCY_ON_CHECKS = 'half-proficiency-on-checks',
  INITIATIVE_BONUS = 'initiative-bonus',
  SPEED_BONUS = 'speed-bonus',
  MOVEMENT = 'movement',
  HIT_POINTS_PER_LEVEL = 'hit-points-per-level',
  PASSIVE_BONUS = 'passive-bonus',
  ARMOR_PROFICIENCY = 'armor-proficiency',
  WEAPON_PROFICIENCY = 'weapon-proficiency',
  ITEM_PROFICIENCY = 'item-proficiency',
  RESISTANCE = 'resistance',
  DARKVISION = 'darkvision',
  CARRYING_SIZE_INCREASE = 'carrying-size-increase',
  SPELL_ATTACK_BONUS = 'spell-attack-bonus',
  SPELL_SAVE_DC_BONUS = 'spell-save-dc-bonus',
  WEAPON_ATTACK_BONUS = 'weapon-attack-bonus',
  WEAPON_DAMAGE_BONUS = 'weapon-damage-bonus',
  ABILITY_CHECK_BONUS = 'ability-check-bonus',
  RESOURCE = 'resource',
}
registerEnumType(EffectKindEnum, {
  name: 'EffectKind',
  description: 'What an effect changes on the character sheet; each kind uses the Effect fields its description names.',
  valuesConfig: {
    ABILITY_SCORE_INCREASE: { description: '`ability` +`amount`, capped at `max` (20 unless set).' },
    ABILITY_SCORE_SET: { description: '`ability` becomes `value` unless already higher.' },
    ABILITY_SCORE_MAX: { description: 'Raises the cap of `ability` to `max`.' },
    ARMOR_CLASS_FORMULA: {
      description: 'AC = `base` + the modifiers of `abilities` (`name`), without armor; `allowsShield`.',
    },
    ARMOR_CLASS_BONUS: { description: '+`amount` AC, under `requires` (ARMOR or NO_ARMOR_NO_SHIELD) when set.' },
    SAVING_THROW_PROFICIENCY: { description: 'Proficiency in `ability` saving throws.' },
    SAVING_THROW_BONUS: { description: '+`amount` to `ability` saves, or to all saves when `ability` is null.' },
    SKILL_PROFICIENCY: { description: 'Proficiency in `skill`.' },
    SKILL_EXPERTISE: { description: 'Expertise in `skill`.' },
    HALF_PROFICIENCY_ON_CHECKS: { description: 'Half proficiency on checks without proficiency (Jack of All Trades).' },
    INITIATIVE_BONUS: {
      description: '+`amount`, or the proficiency bonus when `amountIsProficiencyBonus`, to initiative.',
    },
    SPEED_BONUS: {
      description: '+`amount` feet of walking speed, under `requires` (NO_HEAVY_ARMOR or NO_ARMOR_NO_SHIELD).',
    },
    MOVEMENT: { description: 'A `mode` speed of `speed` feet, or equal to walking speed when `speedEqualsWalking`.' },
    HIT_POINTS_PER_LEVEL: { description: '+`amount` hit points per character level.' },
    PASSIVE_BONUS: { description: '+`amount` to the passive score of `skill`.' },
    ARMOR_PROFICIENCY: { description: 'Training with `armorCategory`.' },
    WEAPON_PROFICIENCY: { description: 'Proficiency with `weaponCategory` weapons.' },
    ITEM_PROFICIENCY: { description: 'Proficiency with one weapon or tool, `item` (an equipment id).' },
    RESISTANCE: { description: 'Resistance to `damageType`.' },
    DARKVISION: { description: 'Darkvision out to `range` feet.' },
    CARRYING_SIZE_INCREASE: { description: 'Counts as one size larger for carrying capacity.' },
    SPELL_ATTACK_BONUS: { description: '+`amount` to spell attack rolls.' },
    SPELL_SAVE_DC_BONUS: { description: '+`amount` to spell save DCs.' },
    WEAPON_ATTACK_BONUS: { description: '+`amount` to attack rolls with this item.' },
    WEAPON_DAMAGE_BONUS: { description: '+`amount` to damage rolls with this item.' },
    ABILITY_CHECK_BONUS: { description: '+`amount` to `ability` checks, or to all checks when `ability` is null.' },
    RESOURCE: {
      description:
        'A resource `resourceId` named `name` with `amount` uses (or the proficiency bonus), regained on `recharge`.',
    },
  },
});

export enum EffectRequirementEnum {
  ARMOR = 'armor',
  NO_ARMOR_NO_SHIELD = 'no-armor-no-shield',
  NO_HEAVY_ARMOR = 'no-heavy-armor',
}
registerEnumType(EffectRequirementEnum, { name: 'EffectRequirement', description: 'When an effect applies.' });

export enum MovementModeEnum {
  CLIMB = 'climb',
  SWIM = 'swim',
  FLY = 'fly',
  BURROW = 'burrow',
}
registerEnumType(MovementModeEnum, { name: 'MovementMode', description: 'A movement mode other than walking.' });

export enum CasterProgressionEnum {
  FULL = 'full',
  HALF = 'half',
  THIRD = 'third',
  PACT = 'pact',
}
registerEnumType(CasterProgressionEnum, {
  name: 'CasterProgression',
  description: 'How class levels turn into spell slots (PACT: Pact Magic).',
});

export enum FeatCategoryEnum {
  ORIGIN = 'origin',
  GENERAL = 'general',
  FIGHTING_STYLE = 'fighting-style',
  EPIC_BOON = 'epic-boon',
}
registerEnumType(FeatCategoryEnum, { name: 'FeatCategory', description: 'Feat category (2024).' });

export enum FeatPrerequisiteFeatureEnum {
  FIGHTING_STYLE = 'fighting-style',
  SPELLCASTING = 'spellcasting',
  LIGHT_ARMOR = 'light-armor',
  MEDIUM_ARMOR = 'medium-armor',
}
registerEnumType(FeatPrerequisiteFeatureEnum, {
  name: 'FeatPrerequisiteFeature',
  description: 'A feature or training a feat requires.',
});

export enum WeaponRangeEnum {
  MELEE = 'melee',
  RANGED = 'ranged',
}
registerEnumType(WeaponRangeEnum, { name: 'WeaponRange', description: 'Melee or ranged weapon.' });

export enum WeaponPropertyEnum {
  AMMUNITION = 'ammunition',
  FINESSE = 'finesse',
  HEAVY = 'heavy',
  LIGHT = 'light',
  LOADING = 'loading',
  RANGE = 'range',
  REACH = 'reach',
  THROWN = 'thrown',
  TWO_HANDED = 'two-handed',
  VERSATILE = 'versatile',
}
registerEnumType(WeaponPropertyEnum, { name: 'WeaponProperty', description: 'Weapon property.' });

export enum WeaponMasteryEnum {
  CLEAVE = 'cleave',
  GRAZE = 'graze',
  NICK = 'nick',
  PUSH = 'push',
  SAP = 'sap',
  SLOW = 'slow',
  TOPPLE = 'topple',
  VEX = 'vex',
}
registerEnumType(WeaponMasteryEnum, { name: 'WeaponMastery', description: 'Weapon mastery property (2024).' });

export enum EquipmentKindEnum {
  ARMOR = 'armor',
  WEAPON = 'weapon',
  GEAR = 'gear',
}
registerEnumType(EquipmentKindEnum, {
  name: 'EquipmentKind',
  description: 'Armor (and shields), weapons, or everything else (gear, tools, packs, mounts…).',
});

export enum GearKindEnum {
  GEAR = 'gear',
  TOOL = 'tool',
  AMMUNITION = 'ammunition',
  PACK = 'pack',
  CONTAINER = 'container',
  MOUNT = 'mount',
  VEHICLE = 'vehicle',
}
registerEnumType(GearKindEnum, { name: 'GearKind', description: 'What kind of gear an item is.' });

export enum RarityEnum {
  COMMON = 'common',
  UNCOMMON = 'uncommon',
  RARE = 'rare',
  VERY_RARE = 'very-rare',
  LEGENDARY = 'legendary',
  ARTIFACT = 'artifact',
  VARIES = 'varies',
}
registerEnumType(RarityEnum, { name: 'Rarity', description: 'Magic item rarity (VARIES: depends on the variant).' });

export enum SpellSchoolEnum {
  ABJURATION = 'abjuration',
  CONJURATION = 'conjuration',
  DIVINATION = 'divination',
  ENCHANTMENT = 'enchantment',
  EVOCATION = 'evocation',
  ILLUSION = 'illusion',
  NECROMANCY = 'necromancy',
  TRANSMUTATION = 'transmutation',
}
registerEnumType(SpellSchoolEnum, { name: 'SpellSchool', description: 'School of magic.' });

export enum ContentSourceEnum {
  SRD = 'srd',
  HOMEBREW = 'homebrew',
}
registerEnumType(ContentSourceEnum, {
  name: 'ContentSource',
  description: 'SRD 5.2 content (CC-BY-4.0) or homebrew made by a user.',
});

export enum HomebrewKindEnum {
  SPECIES = 'species',
  CLASS = 'class',
  FEAT = 'feat',
  SPELL = 'spell',
  MAGIC_ITEM = 'magic-item',
}
registerEnumType(HomebrewKindEnum, { name: 'HomebrewKind', description: 'What kinds of content users can make.' });

export enum PowerVerdictEnum {
  UNDERPOWERED = 'underpowered',
  BALANCED = 'balanced',
  STRONG = 'strong',
  OVERPOWERED = 'overpowered',
}
registerEnumType(PowerVerdictEnum, {
  name: 'PowerVerdict',
  description: 'How homebrew compares with SRD content of its kind (and level or rarity).',
});

export enum OrderDirectionEnum {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(OrderDirectionEnum, { name: 'OrderDirection', description: 'Ascending or descending.' });
