import type { Weapon } from '../../model/content.js';
import {
  type CostText,
  type DamageText,
  type DiceText,
  parseCost,
  parseDamage,
  parseDice,
  SRD_2024,
} from './shared.js';

interface WeaponRow {
  id: string;
  name: string;
  category: Weapon['category'];
  range: Weapon['range'];
  damage: DamageText;
  /** Two-handed damage of a Versatile weapon. */
  versatile?: DiceText;
  properties: Weapon['properties'];
  mastery: NonNullable<Weapon['mastery']>;
  /** Normal and long range (Ammunition or Thrown). */
  ranges?: [number, number];
  ammunition?: string;
  weight: number;
  cost: CostText;
}

/**
 * The SRD 5.2.1 Weapons table: 10 simple melee, 4 simple ranged, 18 martial melee and 6 martial
 * ranged weapons. Where 5e-database disagrees with the SRD (the Sling deals Bludgeoning damage, the
 * Trident 1d8 / 1d10, a Longbow costs 50 GP, …) the SRD wins; `equipment.srd.test.ts` lists them.
 */
// prettier-ignore
const ROWS: readonly WeaponRow[] = [
  { id: 'battleaxe', name: 'Battleaxe', category: 'martial', range: 'melee', damage: '1d8 slashing', versatile: '1d10', properties: ['versatile'], mastery: 'topple', weight: 4, cost: '10 gp' },
  { id: 'blowgun', name: 'Blowgun', category: 'martial', range: 'ranged', damage: '1 piercing', properties: ['ammunition', 'loading'], mastery: 'vex', ranges: [25, 100], ammunition: 'needles', weight: 1, cost: '10 gp' },
  { id: 'club', name: 'Club', category: 'simple', range: 'melee', damage: '1d4 bludgeoning', properties: ['light'], mastery: 'slow', weight: 2, cost: '1 sp' },
  { id: 'dagger', name: 'Dagger', category: 'simple', range: 'melee', damage: '1d4 piercing', properties: ['finesse', 'light', 'thrown'], mastery: 'nick', ranges: [20, 60], weight: 1, cost: '2 gp' },
  { id: 'dart', name: 'Dart', category: 'simple', range: 'ranged', damage: '1d4 piercing', properties: ['finesse', 'thrown'], mastery: 'vex', ranges: [20, 60], weight: 0.25, cost: '5 cp' },
  { id: 'flail', name: 'Flail', category: 'martial', range: 'melee', damage: '1d8 bludgeoning', properties: [], mastery: 'sap', weight: 2, cost: '10 gp' },
  { id: 'glaive', name: 'Glaive', category: 'martial', range: 'melee', damage: '1d10 slashing', properties: ['heavy', 'reach', 'two-handed'], mastery: 'graze', weight: 6, cost: '20 gp' },
  { id: 'greataxe', name: 'Greataxe', category: 'martial', range: 'melee', damage: '1d12 slashing', properties: ['heavy', 'two-handed'], mastery: 'cleave', weight: 7, cost: '30 gp' },
  { id: 'greatclub', name: 'Greatclub', category: 'simple', range: 'melee', damage: '1d8 bludgeoning', properties: ['two-handed'], mastery: 'push', weight: 10, cost: '2 sp' },
  { id: 'greatsword', name: 'Greatsword', category: 'martial', range: 'melee', damage: '2d6 slashing', properties: ['heavy', 'two-handed'], mastery: 'graze', weight: 6, cost: '50 gp' },
  { id: 'halberd', name: 'Halberd', category: 'martial', range: 'melee', damage: '1d10 slashing', properties: ['heavy', 'reach', 'two-handed'], mastery: 'cleave', weight: 6, cost: '20 gp' },
  { id: 'hand-crossbow', name: 'Hand Crossbow', category: 'martial', range: 'ranged', damage: '1d6 piercing', properties: ['ammunition', 'light', 'loading'], mastery: 'vex', ranges: [30, 120], ammunition: 'bolts', weight: 3, cost: '75 gp' },
  { id: 'handaxe', name: 'Handaxe', category: 'simple', range: 'melee', damage: '1d6 slashing', properties: ['light', 'thrown'], mastery: 'vex', ranges: [20, 60], weight: 2, cost: '5 gp' },
  { id: 'heavy-crossbow', name: 'Heavy Crossbow', category: 'martial', range: 'ranged', damage: '1d10 piercing', properties: ['ammunition', 'heavy', 'loading', 'two-handed'], mastery: 'push', ranges: [100, 400], ammunition: 'bolts', weight: 18, cost: '50 gp' },
  { id: 'javelin', name: 'Javelin', category: 'simple', range: 'melee', damage: '1d6 piercing', properties: ['thrown'], mastery: 'slow', ranges: [30, 120], weight: 2, cost: '5 sp' },
  { id: 'lance', name: 'Lance', category: 'martial', range: 'melee', damage: '1d10 piercing', properties: ['heavy', 'reach', 'two-handed'], mastery: 'topple', weight: 6, cost: '10 gp' },
  { id: 'light-crossbow', name: 'Light Crossbow', category: 'simple', range: 'ranged', damage: '1d8 piercing', properties: ['ammunition', 'loading', 'two-handed'], mastery: 'slow', ranges: [80, 320], ammunition: 'bolts', weight: 5, cost: '25 gp' },
  { id: 'light-hammer', name: 'Light Hammer', category: 'simple', range: 'melee', damage: '1d4 bludgeoning', properties: ['light', 'thrown'], mastery: 'nick', ranges: [20, 60], weight: 2, cost: '2 gp' },
  { id: 'longbow', name: 'Longbow', category: 'martial', range: 'ranged', damage: '1d8 piercing', properties: ['ammunition', 'heavy', 'two-handed'], mastery: 'slow', ranges: [150, 600], ammunition: 'arrows', weight: 2, cost: '50 gp' },
  { id: 'longsword', name: 'Longsword', category: 'martial', range: 'melee', damage: '1d8 slashing', versatile: '1d10', properties: ['versatile'], mastery: 'sap', weight: 3, cost: '15 gp' },
  { id: 'mace', name: 'Mace', category: 'simple', range: 'melee', damage: '1d6 bludgeoning', properties: [], mastery: 'sap', weight: 4, cost: '5 gp' },
  { id: 'maul', name: 'Maul', category: 'martial', range: 'melee', damage: '2d6 bludgeoning', properties: ['heavy', 'two-handed'], mastery: 'topple', weight: 10, cost: '10 gp' },
  { id: 'morningstar', name: 'Morningstar', category: 'martial', range: 'melee', damage: '1d8 piercing', properties: [], mastery: 'sap', weight: 4, cost: '15 gp' },
  { id: 'musket', name: 'Musket', category: 'martial', range: 'ranged', damage: '1d12 piercing', properties: ['ammunition', 'loading', 'two-handed'], mastery: 'slow', ranges: [40, 120], ammunition: 'bullets-firearm', weight: 10, cost: '500 gp' },
  { id: 'pike', name: 'Pike', category: 'martial', range: 'melee', damage: '1d10 piercing', properties: ['heavy', 'reach', 'two-handed'], mastery: 'push', weight: 18, cost: '5 gp' },
  { id: 'pistol', name: 'Pistol', category: 'martial', range: 'ranged', damage: '1d10 piercing', properties: ['ammunition', 'loading'], mastery: 'vex', ranges: [30, 90], ammunition: 'bullets-firearm', weight: 3, cost: '250 gp' },
  { id: 'quarterstaff', name: 'Quarterstaff', category: 'simple', range: 'melee', damage: '1d6 bludgeoning', versatile: '1d8', properties: ['versatile'], mastery: 'topple', weight: 4, cost: '2 sp' },
  { id: 'rapier', name: 'Rapier', category: 'martial', range: 'melee', damage: '1d8 piercing', properties: ['finesse'], mastery: 'vex', weight: 2, cost: '25 gp' },
  { id: 'scimitar', name: 'Scimitar', category: 'martial', range: 'melee', damage: '1d6 slashing', properties: ['finesse', 'light'], mastery: 'nick', weight: 3, cost: '25 gp' },
  { id: 'shortbow', name: 'Shortbow', category: 'simple', range: 'ranged', damage: '1d6 piercing', properties: ['ammunition', 'two-handed'], mastery: 'vex', ranges: [80, 320], ammunition: 'arrows', weight: 2, cost: '25 gp' },
  { id: 'shortsword', name: 'Shortsword', category: 'martial', range: 'melee', damage: '1d6 piercing', properties: ['finesse', 'light'], mastery: 'vex', weight: 2, cost: '10 gp' },
  { id: 'sickle', name: 'Sickle', category: 'simple', range: 'melee', damage: '1d4 slashing', properties: ['light'], mastery: 'nick', weight: 2, cost: '1 gp' },
  { id: 'sling', name: 'Sling', category: 'simple', range: 'ranged', damage: '1d4 bludgeoning', properties: ['ammunition'], mastery: 'slow', ranges: [30, 120], ammunition: 'bullets-sling', weight: 0, cost: '1 sp' },
  { id: 'spear', name: 'Spear', category: 'simple', range: 'melee', damage: '1d6 piercing', versatile: '1d8', properties: ['thrown', 'versatile'], mastery: 'sap', ranges: [20, 60], weight: 3, cost: '1 gp' },
  { id: 'trident', name: 'Trident', category: 'martial', range: 'melee', damage: '1d8 piercing', versatile: '1d10', properties: ['thrown', 'versatile'], mastery: 'topple', ranges: [20, 60], weight: 4, cost: '5 gp' },
  { id: 'warhammer', name: 'Warhammer', category: 'martial', range: 'melee', damage: '1d8 bludgeoning', versatile: '1d10', properties: ['versatile'], mastery: 'push', weight: 5, cost: '15 gp' },
  { id: 'war-pick', name: 'War Pick', category: 'martial', range: 'melee', damage: '1d8 piercing', versatile: '1d10', properties: ['versatile'], mastery: 'sap', weight: 2, cost: '5 gp' },
  { id: 'whip', name: 'Whip', category: 'martial', range: 'melee', damage: '1d4 slashing', properties: ['finesse', 'reach'], mastery: 'slow', weight: 3, cost: '2 gp' },
];

export const SRD_WEAPONS: readonly Weapon[] = ROWS.map(({ versatile, ranges, ammunition, damage, cost, ...row }) => ({
  ...row,
  kind: 'weapon',
  source: SRD_2024,
  damage: parseDamage(damage),
  ...(versatile ? { versatileDamage: parseDice(versatile) } : {}),
  ...(ranges ? { ranges: { normal: ranges[0], long: ranges[1] } } : {}),
  ...(ammunition ? { ammunition } : {}),
  cost: parseCost(cost),
}));
