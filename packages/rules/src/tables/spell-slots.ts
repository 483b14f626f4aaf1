/**
 * Spell slots (1st..9th) by caster level: the full caster's table, which is also the multiclass
 * Spellcaster table. Index 0 = caster level 0 (no slots).
 */
export const SPELL_SLOTS_BY_CASTER_LEVEL: readonly (readonly number[])[] = [
  [0, 0, 0, 0, 0, 0, 0, 0, 0],
  [2, 0, 0, 0, 0, 0, 0, 0, 0],
  [3, 0, 0, 0, 0, 0, 0, 0, 0],
  [4, 2, 0, 0, 0, 0, 0, 0, 0],
  [4, 3, 0, 0, 0, 0, 0, 0, 0],
  [4, 3, 2, 0, 0, 0, 0, 0, 0],
  [4, 3, 3, 0, 0, 0, 0, 0, 0],
  [4, 3, 3, 1, 0, 0, 0, 0, 0],
  [4, 3, 3, 2, 0, 0, 0, 0, 0],
  [4, 3, 3, 3, 1, 0, 0, 0, 0],
  [4, 3, 3, 3, 2, 0, 0, 0, 0],
  [4, 3, 3, 3, 2, 1, 0, 0, 0],
  [4, 3, 3, 3, 2, 1, 0, 0, 0],
  [4, 3, 3, 3, 2, 1, 1, 0, 0],
  [4, 3, 3, 3, 2, 1, 1, 0, 0],
  [4, 3, 3, 3, 2, 1, 1, 1, 0],
  [4, 3, 3, 3, 2, 1, 1, 1, 0],
  [4, 3, 3, 3, 2, 1, 1, 1, 1],
  [4, 3, 3, 3, 3, 1, 1, 1, 1],
  [4, 3, 3, 3, 3, 2, 1, 1, 1],
  [4, 3, 3, 3, 3, 2, 2, 1, 1],
];

/** Slots for a caster level (clamped to 0–20). */
export function spellSlotsForCasterLevel(casterLevel: number): number[] {
  const index = Math.min(20, Math.max(0, Math.floor(casterLevel)));
  return [...SPELL_SLOTS_BY_CASTER_LEVEL[index]];
}

/** The highest spell level with a slot at this caster level (0 when none). */
export function highestSlotLevel(slots: readonly number[]): number {
  for (let level = slots.length; level > 0; level--) if (slots[level - 1] > 0) return level;
  return 0;
}

export interface PactMagicSlots {
  slots: number;
  slotLevel: number;
}

/** Warlock Pact Magic by warlock level 1..20 (index 0 = level 1). */
export const PACT_MAGIC_BY_LEVEL: readonly PactMagicSlots[] = [
  { slots: 1, slotLevel: 1 },
  { slots: 2, slotLevel: 1 },
  { slots: 2, slotLevel: 2 },
  { slots: 2, slotLevel: 2 },
  { slots: 2, slotLevel: 3 },
  { slots: 2, slotLevel: 3 },
  { slots: 2, slotLevel: 4 },
  { slots: 2, slotLevel: 4 },
  { slots: 2, slotLevel: 5 },
  { slots: 2, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 3, slotLevel: 5 },
  { slots: 4, slotLevel: 5 },
  { slots: 4, slotLevel: 5 },
  { slots: 4, slotLevel: 5 },
  { slots: 4, slotLevel: 5 },
];

/** Pact slots for a pact-caster level, or null below level 1. */
export function pactMagicForLevel(level: number): PactMagicSlots | null {
  if (!(level >= 1)) return null;
  return PACT_MAGIC_BY_LEVEL[Math.min(20, Math.floor(level)) - 1];
}
