import type { ClassDefinition, Subclass } from '../../model/content.js';
import { SRD_2024, abilityScoreImprovement, byClassLevel, epicBoon, subclassFeatures } from './shared.js';

export const WARLOCK: ClassDefinition = {
  id: 'warlock',
  name: 'Warlock',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['cha'],
  savingThrows: ['wis', 'cha'],
  armor: ['light'],
  weapons: ['simple'],
  items: [],
  skillChoices: {
    count: 2,
    from: ['arcana', 'deception', 'history', 'intimidation', 'investigation', 'nature', 'religion'],
  },
  multiclass: {
    allOf: [{ ability: 'cha', minimum: 13 }],
    armor: ['light'],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'cha',
    // Pact Magic: slots by Warlock level, all of one level, back on a Short Rest.
    progression: 'pact',
    startsAtLevel: 1,
    cantripsKnown: byClassLevel({ 1: 2, 4: 3, 10: 4 }),
    preparedSpells: [2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15],
    spellList: 'warlock',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'warlock-eldritch-invocations', name: 'Eldritch Invocations', level: 1, effects: [] },
    { id: 'warlock-pact-magic', name: 'Pact Magic', level: 1, effects: [] },
    { id: 'warlock-magical-cunning', name: 'Magical Cunning', level: 2, effects: [] },
    ...subclassFeatures('warlock', 'Warlock', [3, 6, 10, 14]),
    abilityScoreImprovement('warlock', 4),
    abilityScoreImprovement('warlock', 8),
    { id: 'warlock-contact-patron', name: 'Contact Patron', level: 9, effects: [] },
    // One spell of level 6, 7, 8, 9 at Warlock 11, 13, 15, 17, each castable once per Long Rest.
    { id: 'warlock-mystic-arcanum', name: 'Mystic Arcanum', level: 11, effects: [] },
    abilityScoreImprovement('warlock', 12),
    { id: 'warlock-mystic-arcanum', name: 'Mystic Arcanum', level: 13, effects: [] },
    { id: 'warlock-mystic-arcanum', name: 'Mystic Arcanum', level: 15, effects: [] },
    abilityScoreImprovement('warlock', 16),
    { id: 'warlock-mystic-arcanum', name: 'Mystic Arcanum', level: 17, effects: [] },
    epicBoon('warlock'),
    { id: 'warlock-eldritch-master', name: 'Eldritch Master', level: 20, effects: [] },
  ],
  resources: [
    { id: 'magical-cunning', name: 'Magical Cunning', byLevel: byClassLevel({ 2: 1 }), recharge: 'long-rest' },
    { id: 'contact-patron', name: 'Contact Patron', byLevel: byClassLevel({ 9: 1 }), recharge: 'long-rest' },
  ],
  columns: [
    {
      id: 'eldritch-invocations',
      name: 'Eldritch Invocations',
      byLevel: byClassLevel({ 1: 1, 2: 3, 5: 5, 7: 6, 9: 7, 12: 8, 15: 9, 18: 10 }),
      format: 'number',
    },
  ],
};

export const FIEND_PATRON: Subclass = {
  id: 'fiend-patron',
  name: 'Fiend Patron',
  source: SRD_2024,
  classId: 'warlock',
  features: [
    { id: 'fiend-patron-dark-ones-blessing', name: "Dark One's Blessing", level: 3, effects: [] },
    { id: 'fiend-patron-fiend-spells', name: 'Fiend Spells', level: 3, effects: [] },
    // Uses equal the CHA modifier (min 1) per Long Rest; the `resource` Effect counts only fixed
    // numbers or the proficiency bonus, so the count is left to the feature text.
    { id: 'fiend-patron-dark-ones-own-luck', name: "Dark One's Own Luck", level: 6, effects: [] },
    // The resisted type changes at every rest, so it is not a fixed effect.
    { id: 'fiend-patron-fiendish-resilience', name: 'Fiendish Resilience', level: 10, effects: [] },
    {
      id: 'fiend-patron-hurl-through-hell',
      name: 'Hurl Through Hell',
      level: 14,
      effects: [
        { kind: 'resource', id: 'hurl-through-hell', name: 'Hurl Through Hell', uses: 1, recharge: 'long-rest' },
      ],
    },
  ],
};
