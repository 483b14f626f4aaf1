import type { ClassDefinition, Subclass } from '../../model/content.js';
import {
  HALF_CASTER_PREPARED,
  NO_CANTRIPS,
  SRD_2024,
  abilityScoreImprovement,
  byClassLevel,
  epicBoon,
  subclassFeatures,
} from './shared.js';

export const PALADIN: ClassDefinition = {
  id: 'paladin',
  name: 'Paladin',
  source: SRD_2024,
  hitDie: 10,
  primaryAbilities: ['str', 'cha'],
  savingThrows: ['wis', 'cha'],
  armor: ['light', 'medium', 'heavy', 'shield'],
  weapons: ['simple', 'martial'],
  items: [],
  skillChoices: { count: 2, from: ['athletics', 'insight', 'intimidation', 'medicine', 'persuasion', 'religion'] },
  multiclass: {
    allOf: [
      { ability: 'str', minimum: 13 },
      { ability: 'cha', minimum: 13 },
    ],
    armor: ['light', 'medium', 'shield'],
    weapons: ['martial'],
    items: [],
  },
  subclassLevel: 3,
  featLevels: [4, 8, 12, 16, 19],
  spellcasting: {
    ability: 'cha',
    progression: 'half',
    startsAtLevel: 1,
    cantripsKnown: NO_CANTRIPS,
    preparedSpells: HALF_CASTER_PREPARED,
    spellList: 'paladin',
    // 2024 rules glossary: any caster may cast a prepared spell with the Ritual tag as a Ritual.
    ritualCasting: true,
  },
  features: [
    { id: 'paladin-lay-on-hands', name: 'Lay On Hands', level: 1, effects: [] },
    { id: 'paladin-spellcasting', name: 'Spellcasting', level: 1, effects: [] },
    { id: 'paladin-weapon-mastery', name: 'Weapon Mastery', level: 1, effects: [] },
    // A Fighting Style feat, or instead the Blessed Warrior option (two Cleric cantrips that
    // count as Paladin spells): a validator must accept either.
    {
      id: 'paladin-fighting-style',
      name: 'Fighting Style',
      level: 2,
      effects: [],
      grantsFeatCategory: 'fighting-style',
    },
    { id: 'paladin-paladins-smite', name: "Paladin's Smite", level: 2, effects: [] },
    { id: 'paladin-channel-divinity', name: 'Channel Divinity', level: 3, effects: [] },
    ...subclassFeatures('paladin', 'Paladin', [3, 7, 15, 20]),
    abilityScoreImprovement('paladin', 4),
    { id: 'paladin-extra-attack', name: 'Extra Attack', level: 5, effects: [] },
    { id: 'paladin-faithful-steed', name: 'Faithful Steed', level: 5, effects: [] },
    {
      id: 'paladin-aura-of-protection',
      name: 'Aura of Protection',
      level: 6,
      // Bonus to every saving throw equal to the CHA modifier, minimum +1 (the paladin is in their own aura).
      effects: [{ kind: 'saving-throw-bonus', amount: 0, abilityModifier: 'cha', minimum: 1 }],
    },
    abilityScoreImprovement('paladin', 8),
    { id: 'paladin-abjure-foes', name: 'Abjure Foes', level: 9, effects: [] },
    { id: 'paladin-aura-of-courage', name: 'Aura of Courage', level: 10, effects: [] },
    { id: 'paladin-radiant-strikes', name: 'Radiant Strikes', level: 11, effects: [] },
    abilityScoreImprovement('paladin', 12),
    { id: 'paladin-restoring-touch', name: 'Restoring Touch', level: 14, effects: [] },
    abilityScoreImprovement('paladin', 16),
    { id: 'paladin-aura-expansion', name: 'Aura Expansion', level: 18, effects: [] },
    epicBoon('paladin'),
  ],
  resources: [
    // A pool of hit points: five times the Paladin level.
    {
      id: 'lay-on-hands',
      name: 'Lay On Hands',
      byLevel: Array.from({ length: 20 }, (_, index) => 5 * (index + 1)),
      recharge: 'long-rest',
    },
    { id: 'paladins-smite', name: "Paladin's Smite", byLevel: byClassLevel({ 2: 1 }), recharge: 'long-rest' },
    {
      id: 'channel-divinity',
      name: 'Channel Divinity',
      byLevel: byClassLevel({ 3: 2, 11: 3 }),
      recharge: 'long-rest',
      shortRestRegain: 1,
    },
    { id: 'faithful-steed', name: 'Faithful Steed', byLevel: byClassLevel({ 5: 1 }), recharge: 'long-rest' },
  ],
};

export const OATH_OF_DEVOTION: Subclass = {
  id: 'oath-of-devotion',
  name: 'Oath of Devotion',
  source: SRD_2024,
  classId: 'paladin',
  features: [
    { id: 'devotion-oath-of-devotion-spells', name: 'Oath of Devotion Spells', level: 3, effects: [] },
    // Adds CHA to attack rolls with the charged weapon for 10 minutes: not a standing number.
    { id: 'devotion-sacred-weapon', name: 'Sacred Weapon', level: 3, effects: [] },
    { id: 'devotion-aura-of-devotion', name: 'Aura of Devotion', level: 7, effects: [] },
    { id: 'devotion-smite-of-protection', name: 'Smite of Protection', level: 15, effects: [] },
    {
      id: 'devotion-holy-nimbus',
      name: 'Holy Nimbus',
      level: 20,
      effects: [{ kind: 'resource', id: 'holy-nimbus', name: 'Holy Nimbus', uses: 1, recharge: 'long-rest' }],
    },
  ],
};
