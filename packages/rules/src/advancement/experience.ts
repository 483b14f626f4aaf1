import { XP_THRESHOLDS, levelForExperience } from '../tables/experience.js';
import { MAX_LEVEL, MIN_LEVEL } from '../tables/proficiency.js';

/** XP needed to reach `level` on the 2024 table (0 at level 1, 355,000 at 20); null outside 1–20. */
export function experienceForLevel(level: number): number | null {
  if (!Number.isInteger(level) || level < MIN_LEVEL || level > MAX_LEVEL) return null;
  return XP_THRESHOLDS[level - 1];
}

/** Whether a character of `level` with `xp` has earned at least one more level (2024 XP table). */
export function canLevelUp(xp: number, level: number): boolean {
  return level < MAX_LEVEL && levelForExperience(xp) > level;
}

/** How many levels the XP allows beyond the current level (an award can be worth more than one). */
export function levelsAvailable(xp: number, level: number): number {
  return Math.max(0, levelForExperience(xp) - level);
}
