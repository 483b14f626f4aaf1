import { CONDITIONS, type Condition } from '../model/basics.js';
import {
  type ConcentrationEndReason,
  type DeathCause,
  MAX_EXHAUSTION,
  type PlayEvent,
  type PlayResult,
  type PlayState,
  ok,
} from './play-state.js';
import { failure } from './result.js';

/** Conditions that include Incapacitated (2024): they end concentration. */
const INCAPACITATING: ReadonlySet<Condition> = new Set([
  'incapacitated',
  'paralyzed',
  'petrified',
  'stunned',
  'unconscious',
]);

/** Conditions another condition brings with it while it lasts (2024 glossary). */
const IMPLIED: Partial<Record<Condition, readonly Condition[]>> = {
  paralyzed: ['incapacitated'],
  petrified: ['incapacitated'],
  stunned: ['incapacitated'],
  unconscious: ['incapacitated', 'prone'],
};

export function isIncapacitated(state: PlayState): boolean {
  return state.conditions.some((condition) => INCAPACITATING.has(condition));
}

/**
 * The conditions in effect: the ones applied plus the ones they imply (Unconscious brings
 * Incapacitated and Prone), in the order of `CONDITIONS`.
 */
export function effectiveConditions(state: PlayState): Condition[] {
  const set = new Set<Condition>(state.conditions);
  for (const condition of state.conditions) for (const implied of IMPLIED[condition] ?? []) set.add(implied);
  return CONDITIONS.filter((condition) => set.has(condition));
}

/** What each exhaustion level does in 2024: −2 per level to every D20 Test, −5 ft of Speed per level. */
export function exhaustionModifiers(level: number): { d20Tests: number; speed: number; dead: boolean } {
  const clamped = Math.min(MAX_EXHAUSTION, Math.max(0, Math.floor(level)));
  // `0 * -2` is -0; `|| 0` keeps the numbers printable and comparable with 0.
  return { d20Tests: -2 * clamped || 0, speed: -5 * clamped || 0, dead: clamped >= MAX_EXHAUSTION };
}

// ----------------------------------------------------------------- building blocks (internal)

export function withCondition(state: PlayState, condition: Condition, events: PlayEvent[]): PlayState {
  if (state.conditions.includes(condition)) return state;
  events.push({ kind: 'condition-added', condition });
  return { ...state, conditions: [...state.conditions, condition] };
}

export function withoutCondition(state: PlayState, condition: Condition, events: PlayEvent[]): PlayState {
  if (!state.conditions.includes(condition)) return state;
  events.push({ kind: 'condition-removed', condition });
  return { ...state, conditions: state.conditions.filter((entry) => entry !== condition) };
}

export function withoutConcentration(state: PlayState, reason: ConcentrationEndReason, events: PlayEvent[]): PlayState {
  if (state.concentration === null) return state;
  events.push({ kind: 'concentration-ended', spellId: state.concentration.spellId, reason });
  return { ...state, concentration: null };
}

/** Death: concentration ends; the death saves stay as they were for the record. */
export function killed(state: PlayState, cause: DeathCause, events: PlayEvent[]): PlayState {
  const next = withoutConcentration(state, 'died', events);
  events.push({ kind: 'died', cause });
  return { ...next, currentHitPoints: 0, temporaryHitPoints: 0, dead: true, stable: false };
}

/**
 * Falling to 0 HP alive: Unconscious (which also leaves the character Prone after it ends, so
 * Prone is recorded too), death saves from zero, concentration lost to Incapacitated.
 */
export function knockedOut(state: PlayState, events: PlayEvent[]): PlayState {
  events.push({ kind: 'fell-unconscious' });
  let next: PlayState = { ...state, currentHitPoints: 0, stable: false, deathSaves: { successes: 0, failures: 0 } };
  next = withCondition(next, 'unconscious', events);
  next = withCondition(next, 'prone', events);
  return withoutConcentration(next, 'incapacitated', events);
}

function withExhaustion(state: PlayState, level: number, events: PlayEvent[]): PlayState {
  if (level === state.exhaustion) return state;
  events.push({ kind: 'exhaustion-changed', from: state.exhaustion, to: level });
  let next: PlayState = { ...state, exhaustion: level };
  next = level > 0 ? withCondition(next, 'exhaustion', events) : withoutCondition(next, 'exhaustion', events);
  if (level >= MAX_EXHAUSTION && !next.dead) next = killed(next, 'exhaustion', events);
  return next;
}

// ------------------------------------------------------------------------------ operations

/**
 * Adds a condition (a set: adding one already present changes nothing). Exhaustion is
 * cumulative in 2024, so adding it gains one level. Incapacitating conditions end
 * concentration; Unconscious also leaves the character Prone.
 */
export function setCondition(state: PlayState, condition: Condition): PlayResult {
  const events: PlayEvent[] = [];
  if (condition === 'exhaustion') return changeExhaustion(state, 1);
  let next = withCondition(state, condition, events);
  if (condition === 'unconscious') next = withCondition(next, 'prone', events);
  if (INCAPACITATING.has(condition)) next = withoutConcentration(next, 'incapacitated', events);
  return ok(next, events);
}

/** Removes a condition; removing Exhaustion removes every level. Unconscious stays while at 0 HP. */
export function removeCondition(state: PlayState, condition: Condition): PlayResult {
  if (condition === 'exhaustion') return setExhaustion(state, 0);
  if (condition === 'unconscious' && state.currentHitPoints === 0 && !state.dead)
    return failure(
      'unconscious-at-zero',
      'A character at 0 hit points stays Unconscious until it regains hit points (heal it instead).',
    );
  const events: PlayEvent[] = [];
  return ok(withoutCondition(state, condition, events), events);
}

/** Sets the exhaustion level (0–6); level 6 kills. */
export function setExhaustion(state: PlayState, level: number): PlayResult {
  if (!Number.isInteger(level) || level < 0 || level > MAX_EXHAUSTION)
    return failure('invalid-exhaustion', `Exhaustion is a level from 0 to ${MAX_EXHAUSTION}, not ${level}.`);
  const events: PlayEvent[] = [];
  return ok(withExhaustion(state, level, events), events);
}

/** Gains (positive) or loses (negative) exhaustion levels, clamped to 0–6. */
export function changeExhaustion(state: PlayState, delta: number): PlayResult {
  if (!Number.isInteger(delta))
    return failure('invalid-exhaustion', `An exhaustion change is a whole number, not ${delta}.`);
  return setExhaustion(state, Math.min(MAX_EXHAUSTION, Math.max(0, state.exhaustion + delta)));
}
