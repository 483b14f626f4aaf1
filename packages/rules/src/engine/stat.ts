/** One contribution to a derived number: `{ source: 'DEX', amount: 2 }`. */
export interface StatPart {
  source: string;
  amount: number;
}

/** A derived number and where it comes from; the amounts always add up to the value. */
export interface Stat {
  value: number;
  breakdown: StatPart[];
}

/** A stat from its parts; the value is their sum by construction. */
export function statOf(breakdown: StatPart[]): Stat {
  let value = 0;
  for (const part of breakdown) value += part.amount;
  return { value, breakdown };
}

export const ZERO: Readonly<Stat> = Object.freeze({ value: 0, breakdown: [] });

/** `+2`, `−1`, `+0`: how signed modifiers read in breakdown labels. */
export function signed(value: number): string {
  return value < 0 ? `−${-value}` : `+${value}`;
}

export const ABILITY_LABELS = { str: 'STR', dex: 'DEX', con: 'CON', int: 'INT', wis: 'WIS', cha: 'CHA' } as const;
