import { killed, knockedOut, withoutCondition } from './conditions.js';
import { type PlayEvent, type PlayResult, type PlayState, ok } from './play-state.js';
import { failure, isCount } from './result.js';

const DEAD_MESSAGE = 'The character is dead; bring it back first (revive).';

/** DC of the Constitution save to keep concentrating after taking damage: max(10, half the damage), at most 30. */
export function concentrationSaveDC(damage: number): number {
  return Math.min(30, Math.max(10, Math.floor(damage / 2)));
}

/**
 * Damage, 2024 rules. Temporary hit points absorb it first. Dropping to 0 HP knocks the character
 * out (Unconscious, dying) unless the damage left over reaches the hit point maximum: instant
 * death. Damage at 0 HP is a death save failure (two on a critical hit), or death when it reaches
 * the maximum. A concentrating survivor gets a pending Constitution save (not rolled here).
 *
 * Damage fully absorbed by temporary hit points does not count as damage at 0 HP: the character
 * lost no hit points.
 */
export function applyDamage(
  state: PlayState,
  amount: number,
  context: { maxHitPoints: number; critical?: boolean },
): PlayResult {
  if (!isCount(amount)) return failure('invalid-amount', `Damage is a whole number of at least 0, not ${amount}.`);
  if (state.dead) return failure('dead', DEAD_MESSAGE);
  const events: PlayEvent[] = [];
  if (amount === 0) return ok(state, events);
  const absorbed = Math.min(state.temporaryHitPoints, amount);
  let next: PlayState = state;
  if (absorbed > 0) {
    next = { ...next, temporaryHitPoints: next.temporaryHitPoints - absorbed };
    events.push({ kind: 'temporary-hit-points-absorbed', amount: absorbed, remaining: next.temporaryHitPoints });
  }
  const rest = amount - absorbed;
  if (rest > 0 && next.currentHitPoints > 0) {
    const from = next.currentHitPoints;
    const to = Math.max(0, from - rest);
    events.push({ kind: 'hit-points-lost', amount: from - to, from, to });
    next = { ...next, currentHitPoints: to };
    if (to === 0) {
      if (rest - from >= context.maxHitPoints) return ok(killed(next, 'massive-damage', events), events);
      next = knockedOut(next, events);
    }
  } else if (rest > 0) {
    if (rest >= context.maxHitPoints) return ok(killed(next, 'massive-damage', events), events);
    const count = context.critical === true ? 2 : 1;
    const failures = Math.min(3, next.deathSaves.failures + count);
    events.push({ kind: 'death-save-failure', count, cause: count === 2 ? 'critical-damage' : 'damage', failures });
    // Damage wakes no one, but it ends stability: the character starts rolling death saves again.
    next = { ...next, stable: false, deathSaves: { ...next.deathSaves, failures } };
    if (failures >= 3) return ok(killed(next, 'death-saves', events), events);
  }
  if (next.concentration !== null && next.currentHitPoints > 0)
    events.push({
      kind: 'concentration-save-required',
      spellId: next.concentration.spellId,
      dc: concentrationSaveDC(amount),
    });
  return ok(next, events);
}

/** Healing: up to the maximum. Any healing at 0 HP wakes the character and clears its death saves. */
export function heal(state: PlayState, amount: number, context: { maxHitPoints: number }): PlayResult {
  if (!isCount(amount)) return failure('invalid-amount', `Healing is a whole number of at least 0, not ${amount}.`);
  if (state.dead) return failure('dead', DEAD_MESSAGE);
  const events: PlayEvent[] = [];
  return ok(regain(state, amount, context.maxHitPoints, events), events);
}

/** Shared by healing, hit dice and a natural 20 on a death save. */
export function regain(state: PlayState, amount: number, maxHitPoints: number, events: PlayEvent[]): PlayState {
  const from = state.currentHitPoints;
  // A maximum lowered below the current HP (by a curse, say) does not make healing hurt.
  const to = Math.max(from, Math.min(maxHitPoints, from + amount));
  if (to === from) return state;
  events.push({ kind: 'hit-points-regained', amount: to - from, from, to });
  let next: PlayState = { ...state, currentHitPoints: to };
  if (from === 0) {
    events.push({ kind: 'regained-consciousness' });
    next = { ...next, stable: false, deathSaves: { successes: 0, failures: 0 } };
    // Prone stays: the 2024 Unconscious condition leaves the character Prone when it ends.
    next = withoutCondition(next, 'unconscious', events);
  }
  return next;
}

/**
 * Temporary hit points do not stack: the character keeps one pool. By default the higher one;
 * `keep: 'new'` takes the new pool even when it is lower (the player's choice in 2024).
 */
export function grantTemporaryHitPoints(
  state: PlayState,
  amount: number,
  options: { keep?: 'higher' | 'new' } = {},
): PlayResult {
  if (!isCount(amount))
    return failure('invalid-amount', `Temporary hit points are a whole number of at least 0, not ${amount}.`);
  if (state.dead) return failure('dead', DEAD_MESSAGE);
  const events: PlayEvent[] = [];
  const from = state.temporaryHitPoints;
  const to = options.keep === 'new' ? amount : Math.max(from, amount);
  if (to === from) {
    if (amount !== from) events.push({ kind: 'temporary-hit-points-declined', offered: amount, kept: from });
    return ok(state, events);
  }
  events.push({ kind: 'temporary-hit-points-set', from, to });
  return ok({ ...state, temporaryHitPoints: to }, events);
}

/**
 * A death saving throw: `roll` is the d20 as it landed, `bonus` whatever adds to it (Bless…).
 * Natural 20: the character regains 1 HP. Natural 1: two failures. Otherwise a total of 10 or
 * more succeeds. Three successes: stable; three failures: dead.
 */
export function recordDeathSave(state: PlayState, input: { roll: number; bonus?: number }): PlayResult {
  const bonus = input.bonus ?? 0;
  if (!Number.isInteger(input.roll) || input.roll < 1 || input.roll > 20 || !Number.isInteger(bonus))
    return failure('invalid-roll', `A death save is a d20 roll from 1 to 20, not ${input.roll}.`);
  if (state.dead) return failure('dead', DEAD_MESSAGE);
  if (state.currentHitPoints > 0 || state.stable)
    return failure('not-dying', 'Only a character at 0 hit points who is not stable rolls death saves.');
  const events: PlayEvent[] = [];
  const total = input.roll + bonus;
  if (input.roll === 20) {
    events.push({ kind: 'death-save', roll: input.roll, total, result: 'natural-20', ...state.deathSaves });
    return ok(regain(state, 1, Number.POSITIVE_INFINITY, events), events);
  }
  const result = input.roll === 1 ? 'natural-1' : total >= 10 ? 'success' : 'failure';
  const successes = state.deathSaves.successes + (result === 'success' ? 1 : 0);
  const failures = Math.min(3, state.deathSaves.failures + (result === 'natural-1' ? 2 : result === 'failure' ? 1 : 0));
  events.push({ kind: 'death-save', roll: input.roll, total, result, successes, failures });
  let next: PlayState = { ...state, deathSaves: { successes, failures } };
  if (failures >= 3) return ok(killed(next, 'death-saves', events), events);
  if (successes >= 3) {
    events.push({ kind: 'stabilized' });
    next = { ...next, stable: true, deathSaves: { successes: 0, failures: 0 } };
  }
  return ok(next, events);
}

/** Stabilized by others (the Medicine check, Spare the Dying): no more death saves, still unconscious at 0 HP. */
export function stabilize(state: PlayState): PlayResult {
  if (state.dead) return failure('dead', DEAD_MESSAGE);
  if (state.currentHitPoints > 0 || state.stable)
    return failure('not-dying', 'Only a character at 0 hit points who is not stable can be stabilized.');
  const events: PlayEvent[] = [{ kind: 'stabilized' }];
  return ok({ ...state, stable: true, deathSaves: { successes: 0, failures: 0 } }, events);
}

/**
 * Brought back from death (Revivify, Raise Dead…) with `hitPoints`. Death by exhaustion needs
 * the exhaustion lowered first, or the character would die again at once.
 */
export function revive(state: PlayState, input: { hitPoints: number; maxHitPoints: number }): PlayResult {
  if (!state.dead) return failure('not-dead', 'The character is not dead.');
  if (!Number.isInteger(input.hitPoints) || input.hitPoints < 1)
    return failure('invalid-amount', `A revived character has at least 1 hit point, not ${input.hitPoints}.`);
  if (state.exhaustion >= 6)
    return failure(
      'invalid-exhaustion',
      'The character died of exhaustion: lower its exhaustion level before reviving it.',
    );
  const events: PlayEvent[] = [];
  const hitPoints = Math.min(input.hitPoints, Math.max(1, input.maxHitPoints));
  events.push({ kind: 'revived', hitPoints });
  const next: PlayState = {
    ...state,
    dead: false,
    stable: false,
    currentHitPoints: hitPoints,
    deathSaves: { successes: 0, failures: 0 },
  };
  return ok(withoutCondition(next, 'unconscious', events), events);
}
