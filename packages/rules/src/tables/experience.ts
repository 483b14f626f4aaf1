import { MAX_LEVEL } from './proficiency.js';

/** 2024 XP needed to reach levels 1..20 (index 0 = level 1). */
export const XP_THRESHOLDS: readonly number[] = [
  0, 300, 900, 2700, 6500, 14000, 23000, 34000, 48000, 64000, 85000, 100000, 120000, 140000, 165000, 195000, 225000,
  265000, 305000, 355000,
];

/** The level a character with this much XP has reached (1 for negative XP, 20 at most). */
export function levelForExperience(xp: number): number {
  let level = 1;
  while (level < MAX_LEVEL && xp >= XP_THRESHOLDS[level]) level++;
  return level;
}

/** XP needed for the next level, or null at level 20. */
export function experienceForNextLevel(level: number): number | null {
  return level >= MAX_LEVEL || level < 1 ? null : XP_THRESHOLDS[Math.floor(level)];
}
