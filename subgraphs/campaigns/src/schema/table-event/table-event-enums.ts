import { enumOf } from '@grimoire/graphql-types';
import { registerEnumType } from 'type-graphql';

import { TABLE_EVENT_KINDS } from '../../domain/table-events/table-event-details.js';

// `Ability` and `CharacterCondition` are the characters subgraph's enums too: registered once, shared.
export { AbilityEnum, CharacterConditionEnum } from '@grimoire/graphql-types';

export const TableEventKind = enumOf(TABLE_EVENT_KINDS);
registerEnumType(TableEventKind, {
  name: 'TableEventKind',
  description: 'What happened at the table; each kind takes its own fields of RecordTableEventInput.',
  valuesConfig: {
    EXPERIENCE: { description: 'XP for the targets: amount, distribution (SPLIT among them or EACH gets it).' },
    DAMAGE: { description: 'Damage to each target: amount, optional damageType (temporary hit points absorb first).' },
    HEALING: { description: 'Hit points regained by each target: amount (up to their maximum).' },
    CONDITION: { description: 'A condition added to or removed from each target: condition, conditionOperation.' },
    ITEM_GRANT: { description: 'An item for each target: itemId (catalog) or customItemName, quantity.' },
    CURRENCY_GRANT: { description: 'Coins for each target: currency.' },
    ABILITY_CHANGE: { description: "A change to each target's ability score: ability, abilityChangeMode, value." },
    REST: { description: 'A SHORT or LONG rest for the targets: rest.' },
  },
});

export const ExperienceDistribution = { SPLIT: 'SPLIT', EACH: 'EACH' } as const;
registerEnumType(ExperienceDistribution, {
  name: 'ExperienceDistribution',
  description: 'SPLIT: the amount is shared among the targets (rounded down); EACH: every target gets it all.',
});

export const ConditionOperation = { ADD: 'ADD', REMOVE: 'REMOVE' } as const;
registerEnumType(ConditionOperation, { name: 'ConditionOperation', description: 'Add or remove a condition.' });

export const AbilityChangeMode = { DELTA: 'DELTA', SET: 'SET' } as const;
registerEnumType(AbilityChangeMode, {
  name: 'AbilityChangeMode',
  description: 'DELTA adds value to the base score (negative lowers it); SET makes the base score value.',
});

export const RestKind = { SHORT: 'SHORT', LONG: 'LONG' } as const;
registerEnumType(RestKind, {
  name: 'RestKind',
  description:
    'A short or a long rest. A party SHORT rest recharges short-rest features; spending Hit Point Dice is each player’s choice (`spendHitDice` / `shortRest` on the character).',
});
