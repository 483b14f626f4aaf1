import { ENCUMBRANCE_THRESHOLDS } from '../tables/carrying.js';
import type { EncumbranceState } from './derived-character.js';

/**
 * The variant-encumbrance band of a load, given the carrying capacity (15 × STR × size
 * multiplier): above a third of it encumbered, above two thirds heavily encumbered, above it
 * over capacity. One rule for the derived sheet and the inventory (which also weighs coins).
 */
export function encumbranceState(load: number, capacity: number): EncumbranceState {
  const perStrength = capacity / ENCUMBRANCE_THRESHOLDS.capacity;
  if (load > capacity) return 'over-capacity';
  if (load > perStrength * ENCUMBRANCE_THRESHOLDS.heavilyEncumbered) return 'heavily-encumbered';
  if (load > perStrength * ENCUMBRANCE_THRESHOLDS.encumbered) return 'encumbered';
  return 'unencumbered';
}
