import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  FULL_CASTER_PREPARED,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

export const DRUID: ClassDefinition = {
  id: 'druid',
  name: 'Druid',
  source: SRD_2024,
  hitDie: 8,
  primaryAbilities: ['wis'],
  savingThrows: ['int', 'wis'],
  armor: ['light', 'shield'],
  weapons: ['simple'],
  items: ['herbalism-kit'],
  skillChoices: {
    count: 2,
    from: ['arcana', 'animal-handling', 'insight', 'medicine', 'nature', 'perception', 'religion', 'survival'],
  },
  multiclass: {
    allOf: [{ ability: 'wis', minimum: 13 }],
    armor: ['light', 'shield'],
    weapons: [],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'wis',
    progression: 'full',
    startsAtLevel: 1,
    // The printed Druid table: 2 cantrips, 3 from level 4, 4 from level 10. The 5e-database
    // Levels file has 4 at level 7 and 5 at level 16, which the table does not (see the SRD test).
    cantripsKnown: byClassLevel({ 1: 2, 4: 3, 10: 4 }),
    preparedSpells: FULL_CASTER_PREPARED,
    spellList: 'druid',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'druid-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    { id: 'druid-druidic', name: 'Druidic', level: 1, effects: [] },
    {
      id: 'druid-primal-order',
      name: 'Primal Order',
      level: 1,
      effects: [],
      options: [
        // The WIS bonus to Arcana and Nature checks (min +1) has no Effect kind; the cantrip does.
        { id: 'magician', name: 'Magician', effects: [], bonusCantrips: 1 },
        {
          id: 'warden',
          name: 'Warden',
          effects: [
            { kind: 'weapon-proficiency', category: 'martial' },
            { kind: 'armor-proficiency', category: 'medium' },
          ],
        },
      ],
    },
    { id: 'druid-wild-shape', name: 'Wild Shape', level: 2, effects: [] },
    { id: 'druid-wild-companion', name: 'Wild Companion', level: 2, effects: [] },
    ...subclassFeatures('druid', 'Druid', [3, 6, 10, 14]),
    abilityScoreImprovement('druid', 4),
    { id: 'druid-wild-resurgence', name: 'Wild Resurgence', level: 5, effects: [] },
    { id: 'druid-elemental-fury', name: 'Elemental Fury', level: 7, effects: [] },
    abilityScoreImprovement('druid', 8),
    abilityScoreImprovement('druid', 12),
    { id: 'druid-improved-elemental-fury', name: 'Improved Elemental Fury', level: 15, effects: [] },
    abilityScoreImprovement('druid', 16),
    { id: 'druid-beast-spells', name: 'Beast Spells', level: 18, effects: [] },
    epicBoon('druid'),
    { id: 'druid-archdruid', name: 'Archdruid', level: 20, effects: [] },
  ],
  resources: [
    {
      id: 'wild-shape',
      name: 'Wild Shape',
      byLevel: byClassLevel({ 2: 2, 6: 3, 17: 4 }),
      recharge: 'long-rest',
      shortRestRegain: 1,
    },
  ],
};

export const CIRCLE_OF_THE_LAND: Subclass = {
  id: 'circle-of-the-land',
  name: 'Circle of the Land',
  source: SRD_2024,
  classId: 'druid',
  features: [
    { id: 'land-circle-of-the-land-spells', name: 'Circle of the Land Spells', level: 3, effects: [] },
    { id: 'land-lands-aid', name: "Land's Aid", level: 3, effects: [] },
    {
      id: 'land-natural-recovery',
      name: 'Natural Recovery',
      level: 6,
      effects: [{ kind: 'resource', id: 'natural-recovery', name: 'Natural Recovery', uses: 1, recharge: 'long-rest' }],
    },
    // The resistance follows the land chosen at each Long Rest, so it is not a fixed effect.
    { id: 'land-natures-ward', name: "Nature's Ward", level: 10, effects: [] },
    { id: 'land-natures-sanctuary', name: "Nature's Sanctuary", level: 14, effects: [] },
  ],
};
