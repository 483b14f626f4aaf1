import type { Armor } from '../../model/content.js';
import { type CostText, parseCost, SRD_2024 } from './shared.js';

type ArmorRow = Omit<Armor, 'kind' | 'source' | 'cost'> & { cost: CostText };

/**
 * The SRD 5.2.1 Armor table. `armorClass` is the base AC (the Shield: its bonus). Light armor adds
 * all of DEX (`maxDexBonus: null`), medium armor at most +2, heavy armor and the Shield none.
 * Where 5e-database disagrees with the SRD (Hide is Medium armor; a Chain Shirt weighs 20 lb) the
 * SRD wins; `equipment.srd.test.ts` lists those differences.
 */
// prettier-ignore
const ROWS: readonly ArmorRow[] = [
  { id: 'breastplate', name: 'Breastplate', category: 'medium', armorClass: 14, dexBonus: true, maxDexBonus: 2, strengthMinimum: 0, stealthDisadvantage: false, weight: 20, cost: '400 gp' },
  { id: 'chain-mail', name: 'Chain Mail', category: 'heavy', armorClass: 16, dexBonus: false, maxDexBonus: null, strengthMinimum: 13, stealthDisadvantage: true, weight: 55, cost: '75 gp' },
  { id: 'chain-shirt', name: 'Chain Shirt', category: 'medium', armorClass: 13, dexBonus: true, maxDexBonus: 2, strengthMinimum: 0, stealthDisadvantage: false, weight: 20, cost: '50 gp' },
  { id: 'half-plate-armor', name: 'Half-Plate Armor', category: 'medium', armorClass: 15, dexBonus: true, maxDexBonus: 2, strengthMinimum: 0, stealthDisadvantage: true, weight: 40, cost: '750 gp' },
  { id: 'hide-armor', name: 'Hide Armor', category: 'medium', armorClass: 12, dexBonus: true, maxDexBonus: 2, strengthMinimum: 0, stealthDisadvantage: false, weight: 12, cost: '10 gp' },
  { id: 'leather-armor', name: 'Leather Armor', category: 'light', armorClass: 11, dexBonus: true, maxDexBonus: null, strengthMinimum: 0, stealthDisadvantage: false, weight: 10, cost: '10 gp' },
  { id: 'padded-armor', name: 'Padded Armor', category: 'light', armorClass: 11, dexBonus: true, maxDexBonus: null, strengthMinimum: 0, stealthDisadvantage: true, weight: 8, cost: '5 gp' },
  { id: 'plate-armor', name: 'Plate Armor', category: 'heavy', armorClass: 18, dexBonus: false, maxDexBonus: null, strengthMinimum: 15, stealthDisadvantage: true, weight: 65, cost: '1500 gp' },
  { id: 'ring-mail', name: 'Ring Mail', category: 'heavy', armorClass: 14, dexBonus: false, maxDexBonus: null, strengthMinimum: 0, stealthDisadvantage: true, weight: 40, cost: '30 gp' },
  { id: 'scale-mail', name: 'Scale Mail', category: 'medium', armorClass: 14, dexBonus: true, maxDexBonus: 2, strengthMinimum: 0, stealthDisadvantage: true, weight: 45, cost: '50 gp' },
  { id: 'shield', name: 'Shield', category: 'shield', armorClass: 2, dexBonus: false, maxDexBonus: null, strengthMinimum: 0, stealthDisadvantage: false, weight: 6, cost: '10 gp' },
  { id: 'splint-armor', name: 'Splint Armor', category: 'heavy', armorClass: 17, dexBonus: false, maxDexBonus: null, strengthMinimum: 15, stealthDisadvantage: true, weight: 60, cost: '200 gp' },
  { id: 'studded-leather-armor', name: 'Studded Leather Armor', category: 'light', armorClass: 12, dexBonus: true, maxDexBonus: null, strengthMinimum: 0, stealthDisadvantage: false, weight: 13, cost: '45 gp' },
];

export const SRD_ARMOR: readonly Armor[] = ROWS.map((row) => ({
  ...row,
  kind: 'armor',
  source: SRD_2024,
  cost: parseCost(row.cost),
}));
