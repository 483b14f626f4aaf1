export const MIN_LEVEL = 1;
export const MAX_LEVEL = 20;

/** Proficiency bonus by character level: 2 + floor((level − 1) / 4), +2 at 1–4 up to +6 at 17–20. */
export function proficiencyBonus(level: number): number {
  const clamped = Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.floor(level)));
  return 2 + Math.floor((clamped - 1) / 4);
}
