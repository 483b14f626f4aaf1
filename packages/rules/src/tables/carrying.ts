import type { Size } from '../model/basics.js';
import { SIZES } from '../model/basics.js';

/** Carrying capacity is STR × 15 lb, times this multiplier for the creature's size. */
export const CARRYING_CAPACITY_PER_STRENGTH = 15;

export const CARRYING_SIZE_MULTIPLIER: Readonly<Record<Size, number>> = {
  tiny: 0.5,
  small: 1,
  medium: 1,
  large: 2,
  huge: 4,
  gargantuan: 8,
};

/**
 * The variant-encumbrance thresholds (per point of STR, before the size multiplier): above 5×
 * encumbered, above 10× heavily encumbered, above 15× over capacity.
 */
export const ENCUMBRANCE_THRESHOLDS = { encumbered: 5, heavilyEncumbered: 10, capacity: 15 } as const;

/** One size larger (Powerful Build); gargantuan stays gargantuan. */
export function nextSize(size: Size): Size {
  const index = SIZES.indexOf(size);
  return SIZES[Math.min(SIZES.length - 1, index + 1)];
}
