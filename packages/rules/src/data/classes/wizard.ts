import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  FULL_CASTER_PREPARED,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

export const WIZARD: ClassDefinition = {
  id: 'wizard',
  name: 'Wizard',
  source: SRD_2024,
  hitDie: 6,
  primaryAbilities: ['int'],
  savingThrows: ['int', 'wis'],
  armor: [],
  weapons: ['simple'],
  items: [],
  skillChoices: { count: 2, from: ['arcana', 'history', 'insight', 'investigation', 'medicine', 'religion'] },
  multiclass: {
    allOf: [{ ability: 'int', minimum: 13 }],
    armor: [],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'int',
    progression: 'full',
    startsAtLevel: 1,
    cantripsKnown: byClassLevel({ 1: 3, 4: 4, 10: 5 }),
    preparedSpells: FULL_CASTER_PREPARED,
    spellList: 'wizard',
    // Prepared ritual spells, and through Ritual Adept any ritual in the spellbook.
    ritualCasting: true,
  },
  features: [
    { id: 'wizard-arcane-recovery', name: 'Arcane Recovery', level: 1, effects: [] },
    { id: 'wizard-ritual-adept', name: 'Ritual Adept', level: 1, effects: [] },
    { id: 'wizard-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    {
      id: 'wizard-scholar',
      name: 'Scholar',
      level: 2,
      effects: [],
      expertiseChoices: { count: 1, from: ['arcana', 'history', 'investigation', 'medicine', 'nature', 'religion'] },
    },
    ...subclassFeatures('wizard', 'Wizard', [3, 6, 10, 14]),
    abilityScoreImprovement('wizard', 4),
    { id: 'wizard-memorize-spell', name: 'Memorize Spell', level: 5, effects: [] },
    abilityScoreImprovement('wizard', 8),
    abilityScoreImprovement('wizard', 12),
    abilityScoreImprovement('wizard', 16),
    { id: 'wizard-spell-mastery', name: 'Spell Mastery', level: 18, effects: [] },
    epicBoon('wizard'),
    { id: 'wizard-signature-spells', name: 'Signature Spells', level: 20, effects: [] },
  ],
  resources: [
    { id: 'arcane-recovery', name: 'Arcane Recovery', byLevel: byClassLevel({ 1: 1 }), recharge: 'long-rest' },
  ],
};

export const EVOKER: Subclass = {
  id: 'evoker',
  name: 'Evoker',
  source: SRD_2024,
  classId: 'wizard',
  features: [
    { id: 'evoker-evocation-savant', name: 'Evocation Savant', level: 3, effects: [] },
    { id: 'evoker-potent-cantrip', name: 'Potent Cantrip', level: 3, effects: [] },
    { id: 'evoker-sculpt-spells', name: 'Sculpt Spells', level: 6, effects: [] },
    { id: 'evoker-empowered-evocation', name: 'Empowered Evocation', level: 10, effects: [] },
    {
      id: 'evoker-overchannel',
      name: 'Overchannel',
      level: 14,
      effects: [{ kind: 'resource', id: 'overchannel', name: 'Overchannel', uses: 1, recharge: 'long-rest' }],
    },
  ],
};
