import { type DeceptionState, MAX_ACTIVE_DECEPTIONS } from './model.js';

export type DeceptionCheck = { ok: true } | { ok: false; message: string };

/** Whether one more deception may start while `activeCount` are ACTIVE. */
export function canStartDeception(activeCount: number): DeceptionCheck {
  if (activeCount < MAX_ACTIVE_DECEPTIONS) return { ok: true };
  return {
    ok: false,
    message:
      `The nemesis already runs ${activeCount} active deceptions, the most it can keep up (${MAX_ACTIVE_DECEPTIONS}). ` +
      'Expose or abandon one first.',
  };
}

/** ACTIVE may become EXPOSED or ABANDONED; those are final (an exposed lie stays exposed). */
export function canMoveDeception(from: DeceptionState, to: DeceptionState): DeceptionCheck {
  if (from === 'ACTIVE' && to !== 'ACTIVE') return { ok: true };
  return {
    ok: false,
    message: `A ${from} deception cannot become ${to}; only an ACTIVE one can be exposed or abandoned.`,
  };
}
