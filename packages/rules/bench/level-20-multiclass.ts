/** The benchmark character: a level-20 multiclass build with 40 items, from the SRD catalog. */
import type { CharacterBuild, EquipmentEntry } from '../src/index.js';

const carried = (itemId: string, quantity = 1): EquipmentEntry => ({
  itemId,
  quantity,
  equipped: false,
  attuned: false,
});
const worn = (itemId: string, attuned = false): EquipmentEntry => ({ itemId, quantity: 1, equipped: true, attuned });

const GEAR = [
  'backpack',
  'bedroll',
  'blanket',
  'candle',
  'chain',
  'crowbar',
  'bell',
  'book',
  'bucket',
  'caltrops',
  'antitoxin',
  'ball-bearings',
  'basket',
  'climbers-kit',
  'clothes-travelers',
  'component-pouch',
  'arrows',
  'bolts',
  'chest',
  'block-and-tackle',
  'bottle-glass',
  'costume',
  'cooks-utensils',
  'alchemists-supplies',
  'brewers-supplies',
];
const WEAPONS = [
  'longsword',
  'dagger',
  'handaxe',
  'javelin',
  'light-crossbow',
  'longbow',
  'greatsword',
  'flail',
  'club',
  'dart',
];

/** Fighter 6 / Wizard 8 / Cleric 6: three classes, a subclass each, feats, spells and 40 items. */
export const LEVEL_20_MULTICLASS: CharacterBuild = {
  edition: '2024',
  speciesId: 'dwarf',
  backgroundId: 'soldier',
  classes: [
    { classId: 'fighter', level: 6, subclassId: 'champion', hitPointRolls: [7, 3, 10, 6, 8] },
    { classId: 'wizard', level: 8, subclassId: 'evoker' },
    { classId: 'cleric', level: 6, subclassId: 'life-domain' },
  ],
  abilityScores: { method: 'point-buy', base: { str: 15, dex: 9, con: 14, int: 13, wis: 13, cha: 8 } },
  backgroundIncreases: { str: 2, con: 1 },
  skillProficiencies: ['perception', 'survival'],
  skillExpertise: [],
  featureOptions: { 'cleric-divine-order': 'protector' },
  feats: [
    { featId: 'savage-attacker', source: { kind: 'background' } },
    { featId: 'defense', source: { kind: 'class-level', classId: 'fighter', level: 1 } },
    {
      featId: 'ability-score-improvement',
      source: { kind: 'class-level', classId: 'fighter', level: 4 },
      abilityIncreases: { str: 2 },
    },
    {
      featId: 'ability-score-improvement',
      source: { kind: 'class-level', classId: 'fighter', level: 6 },
      abilityIncreases: { con: 2 },
    },
    {
      featId: 'ability-score-improvement',
      source: { kind: 'class-level', classId: 'wizard', level: 4 },
      abilityIncreases: { int: 2 },
    },
    { featId: 'grappler', source: { kind: 'class-level', classId: 'wizard', level: 8 }, abilityIncreases: { str: 1 } },
    {
      featId: 'ability-score-improvement',
      source: { kind: 'class-level', classId: 'cleric', level: 4 },
      abilityIncreases: { wis: 2 },
    },
  ],
  equipment: [
    worn('plate-armor'),
    worn('shield-1'),
    worn('cloak-of-protection', true),
    worn('ring-of-protection', true),
    worn('amulet-of-health', true),
    ...WEAPONS.map((id) => carried(id)),
    ...GEAR.map((id, index) => carried(id, 1 + (index % 3))),
  ],
  spells: [
    ...[
      'fire-bolt',
      'light',
      'mage-hand',
      'minor-illusion',
      'magic-missile',
      'shield',
      'sleep',
      'detect-magic',
      'fireball',
      'misty-step',
      'counterspell',
      'fly',
      'haste',
      'web',
      'invisibility',
      'identify',
    ].map((spellId) => ({ classId: 'wizard', spellId, prepared: true })),
    ...[
      'sacred-flame',
      'guidance',
      'thaumaturgy',
      'bless',
      'cure-wounds',
      'healing-word',
      'spiritual-weapon',
      'aid',
      'revivify',
      'spirit-guardians',
    ].map((spellId) => ({ classId: 'cleric', spellId, prepared: true })),
  ],
};

if (LEVEL_20_MULTICLASS.equipment.length !== 40)
  throw new Error(`expected 40 items, got ${LEVEL_20_MULTICLASS.equipment.length}`);
