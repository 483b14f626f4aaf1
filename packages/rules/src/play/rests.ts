import { changeExhaustion, withoutCondition } from './conditions.js';
import { regain } from './hit-points.js';
import {
  HIT_DIE_SIZES,
  type HitDieSize,
  type PlayContext,
  type PlayEvent,
  type PlayFailure,
  type PlayResult,
  type PlayState,
  isDying,
  ok,
} from './play-state.js';
import { failure } from './result.js';

export interface HitDiceSpend {
  dieSize: number;
  /** One roll per die spent, as the dice landed. */
  rolls: readonly number[];
}

function restBlocked(state: PlayState): PlayFailure | null {
  if (state.dead) return failure('dead', 'A dead character cannot rest.');
  if (isDying(state)) return failure('dying', 'A dying character cannot rest: stabilize or heal it first.');
  return null;
}

function totalHitDice(context: Pick<PlayContext, 'hitDice'>, die: number): number {
  return context.hitDice.filter((entry) => entry.die === die).reduce((sum, entry) => sum + entry.count, 0);
}

function spend(
  state: PlayState,
  input: HitDiceSpend & { conModifier: number },
  context: Pick<PlayContext, 'maxHitPoints' | 'hitDice' | 'edition'>,
  events: PlayEvent[],
): PlayState | PlayFailure {
  const die = input.dieSize as HitDieSize;
  if (!HIT_DIE_SIZES.includes(die)) return failure('invalid-roll', `There is no d${input.dieSize} hit die.`);
  if (input.rolls.length === 0) return failure('invalid-amount', 'Spend at least one hit die.');
  const bad = input.rolls.find((roll) => !Number.isInteger(roll) || roll < 1 || roll > die);
  if (bad !== undefined) return failure('invalid-roll', `A d${die} shows 1 to ${die}, not ${bad}.`);
  const spent = state.hitDiceSpent[die] ?? 0;
  const available = totalHitDice(context, die) - spent;
  if (input.rolls.length > available)
    return failure(
      'no-hit-dice',
      `Only ${Math.max(0, available)} d${die} hit ${available === 1 ? 'die is' : 'dice are'} left; ${input.rolls.length} asked.`,
    );
  // 2024: each die heals its roll + CON, at least 1. The 2014 text sets no minimum; 0 keeps a bad
  // CON from hurting.
  const minimum = context.edition === '2014' ? 0 : 1;
  const healed = input.rolls.reduce((sum, roll) => sum + Math.max(minimum, roll + input.conModifier), 0);
  events.push({ kind: 'hit-dice-spent', die, rolls: [...input.rolls], healed });
  const next: PlayState = { ...state, hitDiceSpent: { ...state.hitDiceSpent, [die]: spent + input.rolls.length } };
  return regain(next, healed, context.maxHitPoints, events);
}

/**
 * Spends hit dice of one size and heals by the rolls (each die: roll + CON, at least 1 in 2024).
 * A stable character at 0 HP may spend them and wakes up; a dying one cannot.
 */
export function spendHitDice(
  state: PlayState,
  input: HitDiceSpend & { conModifier: number },
  context: Pick<PlayContext, 'maxHitPoints' | 'hitDice' | 'edition'>,
): PlayResult {
  const blocked = restBlocked(state);
  if (blocked) return blocked;
  const events: PlayEvent[] = [];
  const next = spend(state, input, context, events);
  return 'ok' in next ? next : ok(next, events);
}

function rechargeResources(
  state: PlayState,
  resources: PlayContext['resources'],
  rest: 'short' | 'long',
  dawn: boolean,
  events: PlayEvent[],
): PlayState {
  const spent = { ...state.resourcesSpent };
  for (const resource of resources) {
    const used = spent[resource.id] ?? 0;
    if (used <= 0) continue;
    let regained = 0;
    if (resource.recharge === 'short-rest' || (rest === 'long' && resource.recharge === 'long-rest')) regained = used;
    else if (resource.recharge === 'dawn' && dawn) regained = used;
    else if (rest === 'short' && resource.recharge === 'long-rest')
      regained = Math.min(used, resource.shortRestRegain ?? 0);
    if (regained === 0) continue;
    spent[resource.id] = used - regained;
    events.push({
      kind: 'resource-restored',
      resourceId: resource.id,
      amount: regained,
      remaining: Math.max(0, resource.max - spent[resource.id]),
    });
  }
  return { ...state, resourcesSpent: spent };
}

function restorePactSlots(state: PlayState, events: PlayEvent[]): PlayState {
  if (state.pactSlotsSpent === 0) return state;
  events.push({ kind: 'pact-slots-restored', count: state.pactSlotsSpent });
  return { ...state, pactSlotsSpent: 0 };
}

/**
 * A Short Rest (2024): spend hit dice as asked (in order), then features that recharge on a short
 * rest come back, long-rest ones with a short-rest regain give that much back, and Pact Magic
 * slots return.
 */
export function shortRest(
  state: PlayState,
  input: { spend?: readonly HitDiceSpend[]; conModifier?: number },
  context: PlayContext,
): PlayResult {
  const blocked = restBlocked(state);
  if (blocked) return blocked;
  const events: PlayEvent[] = [];
  let next: PlayState = state;
  for (const [index, request] of (input.spend ?? []).entries()) {
    const spent = spend(next, { ...request, conModifier: input.conModifier ?? 0 }, context, events);
    if ('ok' in spent) return { ...spent, path: `spend[${index}]` };
    next = spent;
  }
  next = rechargeResources(next, context.resources, 'short', false, events);
  next = restorePactSlots(next, events);
  events.push({ kind: 'rest-finished', rest: 'short' });
  return ok(next, events);
}

/**
 * A Long Rest (2024): all hit points and all spent hit dice back, every spell and Pact Magic slot,
 * every short- and long-rest feature (and dawn ones, a long rest usually spanning a dawn; pass
 * `dawn: false` when it does not), temporary hit points gone, exhaustion one level lower.
 * `heroicInspiration: true` for features that grant it on a long rest (Human Resourceful).
 * 2014: at least 1 HP to start, and only half the hit dice (at least one) come back.
 */
export function longRest(
  state: PlayState,
  input: { dawn?: boolean; heroicInspiration?: boolean },
  context: PlayContext,
): PlayResult {
  const blocked = restBlocked(state);
  if (blocked) return blocked;
  const edition = context.edition ?? '2024';
  if (edition === '2014' && state.currentHitPoints < 1)
    return failure(
      'not-enough-hit-points',
      'Under the 2014 rules a long rest needs at least 1 hit point at its start.',
    );
  const events: PlayEvent[] = [];
  let next = regain(state, context.maxHitPoints, context.maxHitPoints, events);
  if (next.temporaryHitPoints > 0) {
    events.push({ kind: 'temporary-hit-points-set', from: next.temporaryHitPoints, to: 0 });
    next = { ...next, temporaryHitPoints: 0 };
  }
  next = { ...next, stable: false, deathSaves: { successes: 0, failures: 0 } };
  next = withoutCondition(next, 'unconscious', events);

  const totalDice = context.hitDice.reduce((sum, entry) => sum + entry.count, 0);
  // 2014 regains up to half the total (at least 1), largest dice first; 2024 regains them all.
  let budget = edition === '2014' ? Math.max(1, Math.floor(totalDice / 2)) : Number.POSITIVE_INFINITY;
  const diceSpent = { ...next.hitDiceSpent };
  for (const die of [...HIT_DIE_SIZES].reverse()) {
    const spent = diceSpent[die] ?? 0;
    const count = Math.min(spent, budget);
    if (count <= 0) continue;
    budget -= count;
    diceSpent[die] = spent - count;
    events.push({ kind: 'hit-dice-regained', die, count });
  }
  next = { ...next, hitDiceSpent: diceSpent };

  const slots = next.spellSlotsSpent.reduce((sum, count) => sum + count, 0);
  if (slots > 0) events.push({ kind: 'spell-slots-restored', count: slots });
  next = { ...next, spellSlotsSpent: [0, 0, 0, 0, 0, 0, 0, 0, 0] };
  next = restorePactSlots(next, events);
  next = rechargeResources(next, context.resources, 'long', input.dawn !== false, events);

  if (next.exhaustion > 0) {
    const lowered = changeExhaustion(next, -1);
    if (lowered.ok) {
      next = lowered.state;
      events.push(...lowered.events);
    }
  }
  if (input.heroicInspiration === true && !next.heroicInspiration) {
    events.push({ kind: 'heroic-inspiration-gained' });
    next = { ...next, heroicInspiration: true };
  }
  events.push({ kind: 'rest-finished', rest: 'long' });
  return ok(next, events);
}
