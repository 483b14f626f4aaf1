import { registerEnumType } from 'type-graphql';

// Internal values are the rules model's strings, so rules objects map onto the API unchanged.
// `Ability` and `Size` match the catalog subgraph's enums value for value (composition merges them).

export enum EditionEnum {
  RULES_2024 = '2024',
  RULES_2014 = '2014',
}
registerEnumType(EditionEnum, { name: 'Edition', description: 'The rules a character is built with (2024 by default).' });

export enum AbilityEnum {
  STR = 'str',
  DEX = 'dex',
  CON = 'con',
  INT = 'int',
  WIS = 'wis',
  CHA = 'cha',
}
registerEnumType(AbilityEnum, { name: 'Ability', description: 'One of the six abilities.' });

export enum SizeEnum {
  TINY = 'tiny',
  SMALL = 'small',
  MEDIUM = 'medium',
  LARGE = 'large',
  HUGE = 'huge',
  GARGANTUAN = 'gargantuan',
}
registerEnumType(SizeEnum, { name: 'Size', description: 'Creature size.' });

export enum AbilityScoreMethodEnum {
  STANDARD_ARRAY = 'standard-array',
  POINT_BUY = 'point-buy',
  ROLLED = 'rolled',
  MANUAL = 'manual',
}
registerEnumType(AbilityScoreMethodEnum, {
  name: 'AbilityScoreMethod',
  description: 'How the base ability scores were made; MANUAL is a sheet copied as it is.',
});

export enum ProficiencyLevelEnum {
  NONE = 'none',
  HALF = 'half',
  PROFICIENT = 'proficient',
  EXPERTISE = 'expertise',
}
registerEnumType(ProficiencyLevelEnum, { name: 'ProficiencyLevel', description: 'How much of the proficiency bonus applies.' });

export enum ValidationSeverityEnum {
  ERROR = 'error',
  WARNING = 'warning',
  INFO = 'info',
}
registerEnumType(ValidationSeverityEnum, {
  name: 'ValidationSeverity',
  description: 'ERROR makes a build illegal; WARNING and INFO are advice.',
});

export enum HitPointsMethodEnum {
  FIXED = 'fixed',
  ROLLED = 'rolled',
}
registerEnumType(HitPointsMethodEnum, { name: 'HitPointsMethod', description: 'Fixed average or a recorded roll.' });

export enum StartingEquipmentSourceEnum {
  ITEMS = 'items',
  GOLD = 'gold',
}
registerEnumType(StartingEquipmentSourceEnum, {
  name: 'BackgroundEquipmentChoice',
  description: "The background's equipment (option A) or its gold instead (option B).",
});

// Same name and values as the catalog subgraph's enums: composition merges them.
export enum CurrencyUnitEnum {
  CP = 'cp',
  SP = 'sp',
  EP = 'ep',
  GP = 'gp',
  PP = 'pp',
}
registerEnumType(CurrencyUnitEnum, { name: 'CurrencyUnit', description: 'Coin denomination.' });

export enum RechargeEnum {
  SHORT_REST = 'short-rest',
  LONG_REST = 'long-rest',
  DAWN = 'dawn',
  NONE = 'none',
}
registerEnumType(RechargeEnum, { name: 'Recharge', description: 'When expended uses come back.' });

export enum RechargeTriggerEnum {
  DAWN = 'dawn',
  SHORT_REST = 'short-rest',
  LONG_REST = 'long-rest',
}
registerEnumType(RechargeTriggerEnum, {
  name: 'RechargeTrigger',
  description: 'What recharges items: dawn, a short rest, or a long rest (which also recharges short-rest items).',
});

export enum EncumbranceEnum {
  UNENCUMBERED = 'unencumbered',
  ENCUMBERED = 'encumbered',
  HEAVILY_ENCUMBERED = 'heavily-encumbered',
  OVER_CAPACITY = 'over-capacity',
}
registerEnumType(EncumbranceEnum, {
  name: 'Encumbrance',
  description: 'Load bands: more than 5× STR (× size) encumbered, 10× heavily, 15× over capacity.',
});

export enum CharacterConditionEnum {
  BLINDED = 'blinded',
  CHARMED = 'charmed',
  DEAFENED = 'deafened',
  EXHAUSTION = 'exhaustion',
  FRIGHTENED = 'frightened',
  GRAPPLED = 'grappled',
  INCAPACITATED = 'incapacitated',
  INVISIBLE = 'invisible',
  PARALYZED = 'paralyzed',
  PETRIFIED = 'petrified',
  POISONED = 'poisoned',
  PRONE = 'prone',
  RESTRAINED = 'restrained',
  STUNNED = 'stunned',
  UNCONSCIOUS = 'unconscious',
}
registerEnumType(CharacterConditionEnum, {
  name: 'CharacterCondition',
  description: 'The 15 conditions of the 2024 rules (adding EXHAUSTION gains one level).',
});

export enum QuestStatusEnum {
  ACTIVE = 'active',
  COMPLETED = 'completed',
  FAILED = 'failed',
  ABANDONED = 'abandoned',
}
registerEnumType(QuestStatusEnum, { name: 'QuestStatus', description: 'Where a quest stands.' });

export enum NpcAttitudeEnum {
  HOSTILE = 'hostile',
  UNFRIENDLY = 'unfriendly',
  INDIFFERENT = 'indifferent',
  FRIENDLY = 'friendly',
  ALLIED = 'allied',
}
registerEnumType(NpcAttitudeEnum, { name: 'NpcAttitude', description: 'How an NPC stands with the character.' });
