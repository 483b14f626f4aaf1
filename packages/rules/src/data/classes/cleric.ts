import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  FULL_CASTER_PREPARED,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

export const CLERIC: ClassDefinition = {
  id: 'cleric',
  name: 'Cleric',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['wis'],
  savingThrows: ['wis', 'cha'],
  armor: ['light', 'medium', 'shield'],
  weapons: ['simple'],
  items: [],
  skillChoices: { count: 2, from: ['history', 'insight', 'medicine', 'persuasion', 'religion'] },
  multiclass: {
    allOf: [{ ability: 'wis', minimum: 13 }],
    armor: ['light', 'medium', 'shield'],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'wis',
    progression: 'full',
    startsAtLevel: 1,
    cantripsKnown: [3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5],
    preparedSpells: FULL_CASTER_PREPARED,
    spellList: 'cleric',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'cleric-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    {
      id: 'cleric-divine-order',
      name: 'Divine Order',
      level: 1,
      effects: [],
      options: [
        {
          id: 'protector',
          name: 'Protector',
          effects: [
            { kind: 'weapon-proficiency', category: 'martial' },
            { kind: 'armor-proficiency', category: 'heavy' },
          ],
        },
        // The WIS bonus applies to Arcana and Religion checks only (min +1): no Effect kind
        // expresses a per-skill ability bonus, so only the extra cantrip is structured.
        { id: 'thaumaturge', name: 'Thaumaturge', effects: [], bonusCantrips: 1 },
      ],
    },
    { id: 'cleric-channel-divinity', name: 'Channel Divinity', level: 2, effects: [] },
    ...subclassFeatures('cleric', 'Cleric', [3, 6, 17]),
    abilityScoreImprovement('cleric', 4),
    { id: 'cleric-sear-undead', name: 'Sear Undead', level: 5, effects: [] },
    // Divine Strike or Potent Spellcasting: damage riders, nothing on the sheet.
    { id: 'cleric-blessed-strikes', name: 'Blessed Strikes', level: 7, effects: [] },
    abilityScoreImprovement('cleric', 8),
    { id: 'cleric-divine-intervention', name: 'Divine Intervention', level: 10, effects: [] },
    abilityScoreImprovement('cleric', 12),
    { id: 'cleric-improved-blessed-strikes', name: 'Improved Blessed Strikes', level: 14, effects: [] },
    abilityScoreImprovement('cleric', 16),
    epicBoon('cleric'),
    { id: 'cleric-greater-divine-intervention', name: 'Greater Divine Intervention', level: 20, effects: [] },
  ],
  resources: [
    {
      id: 'channel-divinity',
      name: 'Channel Divinity',
      byLevel: byClassLevel({ 2: 2, 6: 3, 18: 4 }),
      recharge: 'long-rest',
      shortRestRegain: 1,
    },
    { id: 'divine-intervention', name: 'Divine Intervention', byLevel: byClassLevel({ 10: 1 }), recharge: 'long-rest' },
  ],
};

export const LIFE_DOMAIN: Subclass = {
  id: 'life-domain',
  name: 'Life Domain',
  source: SRD_2024,
  classId: 'cleric',
  features: [
    { id: 'life-disciple-of-life', name: 'Disciple of Life', level: 3, effects: [] },
    { id: 'life-domain-spells', name: 'Life Domain Spells', level: 3, effects: [] },
    { id: 'life-preserve-life', name: 'Preserve Life', level: 3, effects: [] },
    { id: 'life-blessed-healer', name: 'Blessed Healer', level: 6, effects: [] },
    { id: 'life-supreme-healing', name: 'Supreme Healing', level: 17, effects: [] },
  ],
};
