/** Hit points gained per level after the first when not rolling: die / 2 + 1 (d6 → 4, d8 → 5, d10 → 6, d12 → 7). */
export function fixedHitPointsPerLevel(hitDie: number): number {
  return hitDie / 2 + 1;
}
