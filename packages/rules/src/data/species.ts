import { SKILL_IDS, type DamageType } from '../model/basics.js';
import type { Lineage, Species, SpeciesTrait } from '../model/content.js';
import { SRD_2024 } from './classes/shared.js';

// Traits whose text changes no number on the sheet (advantage on some saves, an action option)
// carry no effects; their descriptions come from the catalog importer.

/** A trait with a use count of the proficiency bonus per Long Rest (Breath Weapon, Stonecunning, Giant Ancestry). */
function perLongRest(id: string, name: string, uses: number | 'proficiency-bonus'): SpeciesTrait {
  return { id, name, effects: [{ kind: 'resource', id, name, uses, recharge: 'long-rest' }] };
}

const DARKVISION_60: SpeciesTrait = {
  id: 'darkvision-60',
  name: 'Darkvision (60 ft.)',
  effects: [{ kind: 'darkvision', range: 60 }],
};
const DARKVISION_120: SpeciesTrait = {
  id: 'darkvision-120',
  name: 'Darkvision (120 ft.)',
  effects: [{ kind: 'darkvision', range: 120 }],
};

/** A lineage trait that grants one spell, from a character level (lineage spells at 1, 3 and 5). */
function lineageSpell(spellId: string, name: string, level: number): SpeciesTrait {
  return { id: `lineage-spell-${spellId}`, name, effects: [], spells: [spellId], level };
}

// ------------------------------------------------------------------------------- dragonborn

const DRACONIC_ANCESTORS: readonly { color: string; damageType: DamageType }[] = [
  { color: 'black', damageType: 'acid' },
  { color: 'blue', damageType: 'lightning' },
  { color: 'brass', damageType: 'fire' },
  { color: 'bronze', damageType: 'lightning' },
  { color: 'copper', damageType: 'acid' },
  { color: 'gold', damageType: 'fire' },
  { color: 'green', damageType: 'poison' },
  { color: 'red', damageType: 'fire' },
  { color: 'silver', damageType: 'cold' },
  { color: 'white', damageType: 'cold' },
];

function capitalized(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

const DRAGONBORN: Species = {
  id: 'dragonborn',
  name: 'Dragonborn',
  source: SRD_2024,
  sizes: ['medium'],
  speed: 30,
  lineageRequired: true,
  traits: [
    DARKVISION_60,
    // A Fly Speed equal to the Speed for 10 minutes after a Bonus Action, from character level 5.
    { ...perLongRest('draconic-flight', 'Draconic Flight', 1), level: 5 },
  ],
  lineages: DRACONIC_ANCESTORS.map(({ color, damageType }): Lineage => ({
    id: `draconic-ancestor-${color}`,
    name: `Draconic Ancestor: ${capitalized(color)}`,
    source: SRD_2024,
    speciesId: 'dragonborn',
    damageType,
    traits: [
      perLongRest(
        `draconic-breath-weapon-${damageType}`,
        `Breath Weapon: ${capitalized(damageType)}`,
        'proficiency-bonus',
      ),
      {
        id: `draconic-damage-resistance-${damageType}`,
        name: `Damage Resistance: ${capitalized(damageType)}`,
        effects: [{ kind: 'resistance', damageType }],
      },
    ],
  })),
};

// ------------------------------------------------------------------------------------- dwarf

const DWARF: Species = {
  id: 'dwarf',
  name: 'Dwarf',
  source: SRD_2024,
  sizes: ['medium'],
  speed: 30,
  lineageRequired: false,
  lineages: [],
  traits: [
    DARKVISION_120,
    // Advantage against the Poisoned condition is a roll mode; the resistance is structured.
    { id: 'dwarven-resilience', name: 'Dwarven Resilience', effects: [{ kind: 'resistance', damageType: 'poison' }] },
    { id: 'dwarven-toughness', name: 'Dwarven Toughness', effects: [{ kind: 'hit-points-per-level', amount: 1 }] },
    perLongRest('stonecunning', 'Stonecunning', 'proficiency-bonus'),
  ],
};

// --------------------------------------------------------------------------------------- elf

const ELF: Species = {
  id: 'elf',
  name: 'Elf',
  source: SRD_2024,
  sizes: ['medium'],
  speed: 30,
  lineageRequired: true,
  traits: [
    DARKVISION_60,
    { id: 'elven-lineage', name: 'Elven Lineage', effects: [] },
    { id: 'fey-ancestry', name: 'Fey Ancestry', effects: [] },
    {
      id: 'keen-senses',
      name: 'Keen Senses',
      effects: [],
      skillChoices: { count: 1, from: ['insight', 'perception', 'survival'] },
    },
    { id: 'trance', name: 'Trance', effects: [] },
  ],
  lineages: [
    {
      id: 'elven-lineage-drow',
      name: 'Elven Lineage: Drow',
      source: SRD_2024,
      speciesId: 'elf',
      // The lineage's 120 ft replaces the species' 60 ft: the engine keeps the longest darkvision.
      traits: [
        DARKVISION_120,
        lineageSpell('dancing-lights', 'Dancing Lights', 1),
        lineageSpell('faerie-fire', 'Faerie Fire', 3),
        lineageSpell('darkness', 'Darkness', 5),
      ],
    },
    {
      id: 'elven-lineage-high-elf',
      name: 'Elven Lineage: High Elf',
      source: SRD_2024,
      speciesId: 'elf',
      traits: [
        {
          id: 'high-elf-cantrip-versatility',
          name: 'High Elf: Cantrip Versatility',
          effects: [],
          spells: ['prestidigitation'],
        },
        lineageSpell('detect-magic', 'Detect Magic', 3),
        lineageSpell('misty-step', 'Misty Step', 5),
      ],
    },
    {
      id: 'elven-lineage-wood-elf',
      name: 'Elven Lineage: Wood Elf',
      source: SRD_2024,
      speciesId: 'elf',
      traits: [
        // Speed 35 ft, and the level 1 benefit also grants the Druidcraft cantrip (the
        // 5e-database has no separate trait for it).
        {
          id: 'wood-elf-speed-increase',
          name: 'Wood Elf: Movement Speed Increase',
          effects: [{ kind: 'speed-bonus', amount: 5 }],
          spells: ['druidcraft'],
        },
        lineageSpell('longstrider', 'Longstrider', 3),
        lineageSpell('pass-without-trace', 'Pass without Trace', 5),
      ],
    },
  ],
};

// ------------------------------------------------------------------------------------- gnome

const GNOME: Species = {
  id: 'gnome',
  name: 'Gnome',
  source: SRD_2024,
  sizes: ['small'],
  speed: 30,
  lineageRequired: true,
  traits: [
    DARKVISION_60,
    // Advantage on INT, WIS and CHA saving throws: a roll mode.
    { id: 'gnomish-cunning', name: 'Gnomish Cunning', effects: [] },
    { id: 'gnomish-lineage', name: 'Gnomish Lineage', effects: [] },
  ],
  lineages: [
    {
      id: 'gnomish-lineage-forest-gnome',
      name: 'Gnomish Lineage: Forest Gnome',
      source: SRD_2024,
      speciesId: 'gnome',
      traits: [
        {
          id: 'gnomish-lineage-forest-gnome',
          name: 'Gnomish Lineage: Forest Gnome',
          // Speak with Animals without a slot, proficiency bonus times per Long Rest.
          effects: [
            {
              kind: 'resource',
              id: 'speak-with-animals',
              name: 'Speak with Animals',
              uses: 'proficiency-bonus',
              recharge: 'long-rest',
            },
          ],
          spells: ['speak-with-animals'],
        },
        lineageSpell('minor-illusion', 'Minor Illusion', 1),
      ],
    },
    {
      id: 'gnomish-lineage-rock-gnome',
      name: 'Gnomish Lineage: Rock Gnome',
      source: SRD_2024,
      speciesId: 'gnome',
      traits: [
        {
          id: 'gnomish-lineage-rock-gnome',
          name: 'Gnomish Lineage: Rock Gnome',
          effects: [],
          spells: ['prestidigitation'],
        },
        lineageSpell('mending', 'Mending', 1),
      ],
    },
  ],
};

// ----------------------------------------------------------------------------------- goliath

const GIANT_ANCESTRIES: readonly { id: string; name: string; damageType?: DamageType }[] = [
  { id: 'clouds-jaunt', name: "Cloud's Jaunt" },
  { id: 'fires-burn', name: "Fire's Burn", damageType: 'fire' },
  { id: 'frosts-chill', name: "Frost's Chill", damageType: 'cold' },
  { id: 'hills-tumble', name: "Hill's Tumble" },
  { id: 'stones-endurance', name: "Stone's Endurance" },
  { id: 'storms-thunder', name: "Storm's Thunder", damageType: 'thunder' },
];

const GOLIATH: Species = {
  id: 'goliath',
  name: 'Goliath',
  source: SRD_2024,
  sizes: ['medium'],
  speed: 35,
  lineageRequired: true,
  traits: [
    { id: 'giant-ancestry', name: 'Giant Ancestry', effects: [] },
    // Large for 10 minutes once per Long Rest from character level 5: a temporary state, so no
    // size or speed effect, only the use.
    { ...perLongRest('large-form', 'Large Form', 1), level: 5 },
    { id: 'powerful-build', name: 'Powerful Build', effects: [{ kind: 'carrying-size-increase' }] },
  ],
  lineages: GIANT_ANCESTRIES.map(({ id, name, damageType }): Lineage => ({
    id: `giant-ancestry-${id}`,
    name: `Giant Ancestry: ${name}`,
    source: SRD_2024,
    speciesId: 'goliath',
    ...(damageType ? { damageType } : {}),
    traits: [perLongRest(`giant-ancestry-${id}`, `Giant Ancestry: ${name}`, 'proficiency-bonus')],
  })),
};

// ---------------------------------------------------------------------------------- halfling

const HALFLING: Species = {
  id: 'halfling',
  name: 'Halfling',
  source: SRD_2024,
  sizes: ['small'],
  speed: 30,
  lineageRequired: false,
  lineages: [],
  traits: [
    { id: 'brave', name: 'Brave', effects: [] },
    { id: 'halfling-nimbleness', name: 'Halfling Nimbleness', effects: [] },
    { id: 'luck', name: 'Luck', effects: [] },
    { id: 'naturally-stealthy', name: 'Naturally Stealthy', effects: [] },
  ],
};

// ------------------------------------------------------------------------------------- human

const HUMAN: Species = {
  id: 'human',
  name: 'Human',
  source: SRD_2024,
  // Medium or Small, chosen when the species is selected.
  sizes: ['medium', 'small'],
  speed: 30,
  lineageRequired: false,
  lineages: [],
  traits: [
    { id: 'resourceful', name: 'Resourceful', effects: [] },
    { id: 'skillful', name: 'Skillful', effects: [], skillChoices: { count: 1, from: SKILL_IDS } },
    // An origin feat of the player's choice (Skilled is recommended).
    { id: 'versatile', name: 'Versatile', effects: [], grantsOriginFeat: true },
  ],
};

// --------------------------------------------------------------------------------------- orc

const ORC: Species = {
  id: 'orc',
  name: 'Orc',
  source: SRD_2024,
  sizes: ['medium'],
  speed: 30,
  lineageRequired: false,
  lineages: [],
  traits: [
    {
      id: 'adrenaline-rush',
      name: 'Adrenaline Rush',
      // Uses return on a Short or Long Rest.
      effects: [
        {
          kind: 'resource',
          id: 'adrenaline-rush',
          name: 'Adrenaline Rush',
          uses: 'proficiency-bonus',
          recharge: 'short-rest',
        },
      ],
    },
    DARKVISION_120,
    perLongRest('relentless-endurance', 'Relentless Endurance', 1),
  ],
};

// ---------------------------------------------------------------------------------- tiefling

function fiendishLegacy(
  legacy: string,
  damageType: DamageType,
  spells: readonly [cantrip: [string, string], level3: [string, string], level5: [string, string]],
): Lineage {
  return {
    id: `fiendish-legacy-${legacy}`,
    name: `Fiendish Legacy: ${capitalized(legacy)}`,
    source: SRD_2024,
    speciesId: 'tiefling',
    damageType,
    traits: [
      {
        id: `lineage-resistance-${damageType}`,
        name: `Damage Resistance: ${capitalized(damageType)}`,
        effects: [{ kind: 'resistance', damageType }],
      },
      lineageSpell(spells[0][0], spells[0][1], 1),
      lineageSpell(spells[1][0], spells[1][1], 3),
      lineageSpell(spells[2][0], spells[2][1], 5),
    ],
  };
}

const TIEFLING: Species = {
  id: 'tiefling',
  name: 'Tiefling',
  source: SRD_2024,
  // Small or Medium, chosen when the species is selected.
  sizes: ['small', 'medium'],
  speed: 30,
  lineageRequired: true,
  traits: [
    DARKVISION_60,
    { id: 'fiendish-legacy', name: 'Fiendish Legacy', effects: [] },
    { id: 'otherworldly-presence', name: 'Otherworldly Presence', effects: [], spells: ['thaumaturgy'] },
  ],
  lineages: [
    fiendishLegacy('abyssal', 'poison', [
      ['poison-spray', 'Poison Spray'],
      ['ray-of-sickness', 'Ray of Sickness'],
      ['hold-person', 'Hold Person'],
    ]),
    fiendishLegacy('chthonic', 'necrotic', [
      ['chill-touch', 'Chill Touch'],
      ['false-life', 'False Life'],
      ['ray-of-enfeeblement', 'Ray of Enfeeblement'],
    ]),
    fiendishLegacy('infernal', 'fire', [
      ['fire-bolt', 'Fire Bolt'],
      ['hellish-rebuke', 'Hellish Rebuke'],
      ['darkness', 'Darkness'],
    ]),
  ],
};

/** The 9 SRD 5.2 species with their lineages (5e-database subspecies). */
export const SRD_SPECIES: readonly Species[] = [DRAGONBORN, DWARF, ELF, GNOME, GOLIATH, HALFLING, HUMAN, ORC, TIEFLING];
