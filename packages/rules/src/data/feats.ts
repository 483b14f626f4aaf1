import { ABILITIES } from '../model/basics.js';
import type { Feat } from '../model/content.js';
import { SRD_2024 } from './classes/shared.js';

/** Epic boons: +1 to any ability up to 30, from level 19; the rest of each boon is play-time text. */
function epicBoon(id: string, name: string, prerequisites: Feat['prerequisites'] = {}): Feat {
  return {
    id,
    name,
    source: SRD_2024,
    category: 'epic-boon',
    prerequisites: { minimumLevel: 19, ...prerequisites },
    repeatable: false,
    effects: [],
    abilityIncrease: { amount: 1, from: ABILITIES, max: 30 },
  };
}

function fightingStyle(id: string, name: string, effects: Feat['effects'] = []): Feat {
  return {
    id,
    name,
    source: SRD_2024,
    category: 'fighting-style',
    prerequisites: { feature: 'fighting-style' },
    repeatable: false,
    effects,
  };
}

/** The 17 SRD 5.2 feats. */
export const SRD_FEATS: readonly Feat[] = [
  // ------------------------------------------------------------------------------- origin
  {
    id: 'alert',
    name: 'Alert',
    source: SRD_2024,
    category: 'origin',
    prerequisites: {},
    repeatable: false,
    effects: [{ kind: 'initiative-bonus', amount: 'proficiency-bonus' }],
  },
  {
    // Two cantrips and a level 1 spell from the Cleric, Druid or Wizard list; repeatable with a
    // different list each time (the list is the feat's option, see Background.featOption).
    id: 'magic-initiate',
    name: 'Magic Initiate',
    source: SRD_2024,
    category: 'origin',
    prerequisites: {},
    repeatable: true,
    effects: [],
  },
  {
    id: 'savage-attacker',
    name: 'Savage Attacker',
    source: SRD_2024,
    category: 'origin',
    prerequisites: {},
    repeatable: false,
    effects: [],
  },
  {
    // Three skills or tools of the player's choice (FeatChoice.skills).
    id: 'skilled',
    name: 'Skilled',
    source: SRD_2024,
    category: 'origin',
    prerequisites: {},
    repeatable: true,
    effects: [],
  },
  // ------------------------------------------------------------------------------ general
  {
    // +2 to one ability or +1 to two (FeatChoice.abilityIncreases), never above 20.
    id: 'ability-score-improvement',
    name: 'Ability Score Improvement',
    source: SRD_2024,
    category: 'general',
    prerequisites: { minimumLevel: 4 },
    repeatable: true,
    effects: [],
    abilityIncrease: { amount: 2, from: ABILITIES, max: 20 },
  },
  {
    id: 'grappler',
    name: 'Grappler',
    source: SRD_2024,
    category: 'general',
    prerequisites: {
      minimumLevel: 4,
      abilities: [
        { ability: 'str', minimum: 13 },
        { ability: 'dex', minimum: 13 },
      ],
    },
    repeatable: false,
    effects: [],
    abilityIncrease: { amount: 1, from: ['str', 'dex'], max: 20 },
  },
  // ----------------------------------------------------------------------- fighting style
  // +2 to ranged weapon attack rolls: the engine derives no attack rolls, and no Effect kind
  // targets a class of weapons, so it stays text.
  fightingStyle('archery', 'Archery'),
  fightingStyle('defense', 'Defense', [{ kind: 'armor-class-bonus', amount: 1, requires: 'armor' }]),
  fightingStyle('great-weapon-fighting', 'Great Weapon Fighting'),
  fightingStyle('two-weapon-fighting', 'Two Weapon Fighting'),
  // --------------------------------------------------------------------------- epic boons
  epicBoon('boon-of-combat-prowess', 'Boon of Combat Prowess'),
  epicBoon('boon-of-dimensional-travel', 'Boon of Dimensional Travel'),
  epicBoon('boon-of-fate', 'Boon of Fate'),
  epicBoon('boon-of-irresistible-offense', 'Boon of Irresistible Offense'),
  epicBoon('boon-of-spell-recall', 'Boon of Spell Recall', { feature: 'spellcasting' }),
  // Resistance only in Dim Light or Darkness: not a standing resistance.
  epicBoon('boon-of-the-night-spirit', 'Boon of the Night Spirit'),
  // Truesight 60 ft: a sense the Effect union does not model yet.
  epicBoon('boon-of-truesight', 'Boon of Truesight'),
];
