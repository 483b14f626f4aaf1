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
