import type { AbilityScores } from '../model/basics.js';

/** Modifier = floor((score − 10) / 2): 10–11 → +0, 8–9 → −1, 20 → +5, 30 → +10. */
export function abilityModifier(score: number): number {
  return Math.floor((score - 10) / 2);
}

/** The 2024 standard array, assigned to the six abilities in any order. */
export const STANDARD_ARRAY: readonly number[] = [15, 14, 13, 12, 10, 8];

export const POINT_BUY_BUDGET = 27;
export const POINT_BUY_MIN = 8;
export const POINT_BUY_MAX = 15;

/** Point-buy cost of each score from 8 to 15. */
export const POINT_BUY_COSTS: Readonly<Record<number, number>> = {
  8: 0,
  9: 1,
  10: 2,
  11: 3,
  12: 4,
  13: 5,
  14: 7,
  15: 9,
};

/** Total point-buy cost, or null when a score is outside 8–15 (or not an integer) and has no cost. */
export function pointBuyCost(scores: AbilityScores): number | null {
  let total = 0;
  for (const score of Object.values(scores)) {
    const cost = POINT_BUY_COSTS[score];
    if (cost === undefined) return null;
    total += cost;
  }
  return total;
}

/** Rolled scores (4d6 drop lowest, or 3d6) fall in 3–18. */
export const ROLLED_MIN = 3;
export const ROLLED_MAX = 18;

/** The absolute bounds of a score; above 20 only through features, boons and items. */
export const ABILITY_SCORE_MIN = 1;
export const ABILITY_SCORE_MAX = 30;
/** The usual cap for increases (background, ASI, feats) unless an effect raises it. */
export const ABILITY_SCORE_CAP = 20;
