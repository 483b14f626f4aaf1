import { registerEnumType } from 'type-graphql';

// Internal values are the rules model's strings, so rules objects map onto the API unchanged.
// Enums other subgraphs also expose are registered once, in @grimoire/graphql-types.
export { AbilityEnum, CharacterConditionEnum, CurrencyUnitEnum, RechargeEnum, SizeEnum } from '@grimoire/graphql-types';

export enum EditionEnum {
  RULES_2024 = '2024',
  RULES_2014 = '2014',
}
registerEnumType(EditionEnum, {
  name: 'Edition',
  description: 'The rules a character is built with (2024 by default).',
});

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
registerEnumType(ProficiencyLevelEnum, {
  name: 'ProficiencyLevel',
  description: 'How much of the proficiency bonus applies.',
});

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
