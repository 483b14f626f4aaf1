import type { Condition, Edition } from '../model/basics.js';
import type { RuleFailure } from './result.js';

export type HitDieSize = 6 | 8 | 10 | 12;
export const HIT_DIE_SIZES: readonly HitDieSize[] = [6, 8, 10, 12];

/** The highest exhaustion level; a creature at this level dies (2024). */
export const MAX_EXHAUSTION = 6;

/**
 * What changes during play, kept apart from the build: the build says what the character is, the
 * play state says how it is doing right now. Every field is a count of what is *spent or lost*
 * (not what remains), so a level up or a new magic item raises the maximum without touching it.
 */
export interface PlayState {
  currentHitPoints: number;
  temporaryHitPoints: number;
  /** Reset to 0/0 whenever the character regains hit points or becomes stable. */
  deathSaves: { successes: number; failures: number };
  /** At 0 HP and no longer rolling death saves (still unconscious). */
  stable: boolean;
  dead: boolean;
  /** A set: no duplicates. Holds `exhaustion` exactly when `exhaustion` > 0. */
  conditions: readonly Condition[];
  /** 2024 exhaustion level 0–6. */
  exhaustion: number;
  /** Spent hit dice by die size (`{ 10: 2 }`: two d10s spent). */
  hitDiceSpent: Readonly<Partial<Record<HitDieSize, number>>>;
  /** Spent slots of spell levels 1..9 (index 0 = level 1). */
  spellSlotsSpent: readonly number[];
  pactSlotsSpent: number;
  /** Spent uses by resource id (`rage`, `channel-divinity`, `lucky`). */
  resourcesSpent: Readonly<Record<string, number>>;
  concentration: { spellId: string } | null;
  heroicInspiration: boolean;
}

/** A class or feat resource as the play rules need it: its maximum now and when it comes back. */
export interface PlayResource {
  id: string;
  max: number;
  recharge: 'short-rest' | 'long-rest' | 'dawn';
  /** Long-rest resources that give some uses back on a Short Rest (Rage, Channel Divinity: 1). */
  shortRestRegain?: number;
}

/**
 * The numbers the play rules read from the derived sheet (`deriveCharacter`): maximum HP, hit
 * dice, slot totals, resource maximums. The play state never stores them, so they always follow
 * the current build.
 */
export interface PlayContext {
  maxHitPoints: number;
  /** Total hit dice by size, as `deriveCharacter` lists them. */
  hitDice: readonly { die: number; count: number }[];
  /** Slots of spell levels 1..9. */
  spellSlots: readonly number[];
  pactMagic: { slots: number; slotLevel: number } | null;
  resources: readonly PlayResource[];
  /** 2014 rests differ (half the hit dice back; at least 1 HP to start a long rest). Default 2024. */
  edition?: Edition;
}

export type ConcentrationEndReason = 'new-spell' | 'incapacitated' | 'died' | 'failed-save' | 'ended';

export type DeathCause = 'massive-damage' | 'death-saves' | 'exhaustion';

/** What happened, in order: the version log records these as the change list. */
export type PlayEvent =
  | { kind: 'temporary-hit-points-absorbed'; amount: number; remaining: number }
  | { kind: 'hit-points-lost'; amount: number; from: number; to: number }
  | { kind: 'hit-points-regained'; amount: number; from: number; to: number }
  | { kind: 'temporary-hit-points-set'; from: number; to: number }
  | { kind: 'temporary-hit-points-declined'; offered: number; kept: number }
  | { kind: 'fell-unconscious' }
  | { kind: 'regained-consciousness' }
  | { kind: 'death-save-failure'; count: number; cause: 'damage' | 'critical-damage'; failures: number }
  | {
      kind: 'death-save';
      roll: number;
      total: number;
      result: 'success' | 'failure' | 'natural-20' | 'natural-1';
      successes: number;
      failures: number;
    }
  | { kind: 'stabilized' }
  | { kind: 'died'; cause: DeathCause }
  | { kind: 'revived'; hitPoints: number }
  | { kind: 'condition-added'; condition: Condition }
  | { kind: 'condition-removed'; condition: Condition }
  | { kind: 'exhaustion-changed'; from: number; to: number }
  /** A Constitution save the player must now roll to keep concentrating; not rolled here. */
  | { kind: 'concentration-save-required'; spellId: string; dc: number }
  | { kind: 'concentration-started'; spellId: string }
  | { kind: 'concentration-ended'; spellId: string; reason: ConcentrationEndReason }
  | { kind: 'hit-dice-spent'; die: HitDieSize; rolls: number[]; healed: number }
  | { kind: 'hit-dice-regained'; die: HitDieSize; count: number }
  | {
      kind: 'spell-cast';
      spellId: string;
      spellLevel: number;
      slotLevel: number | null;
      using: 'cantrip' | 'ritual' | 'spell-slot' | 'pact-slot';
    }
  | { kind: 'spell-slots-restored'; count: number }
  | { kind: 'pact-slots-restored'; count: number }
  | { kind: 'resource-spent'; resourceId: string; amount: number; remaining: number }
  | { kind: 'resource-restored'; resourceId: string; amount: number; remaining: number }
  | { kind: 'heroic-inspiration-gained' }
  | { kind: 'heroic-inspiration-spent' }
  | { kind: 'rest-finished'; rest: 'short' | 'long' };

export type PlayFailureReason =
  | 'invalid-amount'
  | 'dead'
  | 'dying'
  | 'not-dying'
  | 'incapacitated'
  | 'invalid-roll'
  | 'no-hit-dice'
  | 'invalid-exhaustion'
  | 'invalid-spell-level'
  | 'no-spell-slot'
  | 'no-pact-magic'
  | 'unknown-resource'
  | 'no-uses-left'
  | 'no-heroic-inspiration'
  | 'not-dead'
  | 'not-concentrating'
  | 'not-enough-hit-points'
  | 'unconscious-at-zero';

export type PlayFailure = RuleFailure<PlayFailureReason>;

export type PlayResult = { ok: true; state: PlayState; events: PlayEvent[] } | PlayFailure;

/** A fresh character: full hit points, nothing spent. */
export function initialPlayState(maxHitPoints: number): PlayState {
  return {
    currentHitPoints: Math.max(0, maxHitPoints),
    temporaryHitPoints: 0,
    deathSaves: { successes: 0, failures: 0 },
    stable: false,
    dead: false,
    conditions: [],
    exhaustion: 0,
    hitDiceSpent: {},
    spellSlotsSpent: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    pactSlotsSpent: 0,
    resourcesSpent: {},
    concentration: null,
    heroicInspiration: false,
  };
}

/** At 0 HP, alive and not stable: rolling death saves. */
export function isDying(state: PlayState): boolean {
  return state.currentHitPoints === 0 && !state.dead && !state.stable;
}

export function ok(state: PlayState, events: PlayEvent[]): PlayResult {
  return { ok: true, state, events };
}
