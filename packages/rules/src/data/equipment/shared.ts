import type { ContentSource, DamageType, Dice } from '../../model/basics.js';
import type { Cost } from '../../model/content.js';

export const SRD_2024: ContentSource = { kind: 'srd', edition: '2024' };

/** A price as the SRD prints it: `15 gp`, `5 cp`. */
export type CostText = `${number} ${Cost['unit']}`;

export function parseCost(text: CostText): Cost {
  const [quantity, unit] = text.split(' ') as [string, Cost['unit']];
  return { quantity: Number(quantity), unit };
}

/** Dice as the SRD prints them: `1d8`, `2d6`, or a fixed `1` (the Blowgun). */
export type DiceText = `${number}d${Dice['sides']}` | `${number}`;

export function parseDice(text: DiceText): Dice {
  const [count, sides] = text.includes('d') ? text.split('d').map(Number) : [Number(text), 1];
  return { count, sides: sides as Dice['sides'] };
}

/** Weapon damage as printed: `1d8 slashing`, `1 piercing`. */
export type DamageText = `${DiceText} ${DamageType}`;

export function parseDamage(text: DamageText): { dice: Dice; type: DamageType } {
  const [dice, type] = text.split(' ') as [DiceText, DamageType];
  return { dice: parseDice(dice), type };
}
