import { type Identity, parseId, validateInput } from '@grimoire/platform';
import {
  applyDamage,
  CONDITIONS,
  type Condition,
  deriveCharacter,
  type DerivedCharacter,
  endConcentration,
  grantTemporaryHitPoints,
  heal,
  type HitDiceSpend,
  longRest,
  type PlayContext,
  type PlayResult,
  type PlayState,
  recordDeathSave,
  type RuleFailure,
  removeCondition,
  restoreResource,
  type RulesCatalog,
  setCondition,
  setExhaustion,
  shortRest,
  spendHitDice,
  spendResource,
  stabilize,
} from '@grimoire/rules';
import { z } from 'zod';

import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { type AuthorizeCharacterChange, ownerOnly } from './authorize-character-change.js';
import { type GameMasterDirectory, ownerOrGameMaster } from './authorize-play-state-change.js';
import type { CharacterState } from './character-state.js';
import { sheetBuildOf } from './derive-equipment-from-inventory.js';
import { type CharacterCatalogDeps, loadCharacterCatalog } from './load-character-catalog.js';
import { playContextOf, playStateOf } from './read-play-state.js';
import { failureOf } from './rule-failure.js';

export interface PlayStateDeps extends CharacterChangeDeps, CharacterCatalogDeps {
  campaigns: GameMasterDirectory;
}

/** What a play step sees: the play state now, and the sheet derived from the locked row. */
export interface PlayStep {
  play: PlayState;
  context: PlayContext;
  derived: DerivedCharacter;
  state: CharacterState;
  catalog: RulesCatalog;
}

export interface PlayChange {
  reason: string;
  /** Rules input paths → argument names (`slotLevel`, `resourceId`…). */
  fields?: Record<string, string>;
  /** Defaults to the owner or a game master of the character's campaigns. */
  who?: 'owner' | 'owner-or-game-master';
  operate(step: PlayStep): PlayResult | RuleFailure;
}

/**
 * One play-state change through the pipeline. A DELTA: no expected version; it applies to the
 * state as it is under the row lock, so concurrent changes queue up and none is lost. The sheet
 * it needs (maximum HP, slots, hit dice, resources) is derived inside the lock from the same row.
 */
export async function changePlayState(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  change: PlayChange,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const { row: current, catalog } = await loadCharacterCatalog(deps, characterId);
  const authorize: AuthorizeCharacterChange =
    change.who === 'owner' ? ownerOnly : await ownerOrGameMaster(deps.campaigns, current, viewer, deps.requestId);
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewer.userId,
    reason: change.reason,
    authorize,
    change: (state) => {
      const derived = deriveCharacter(sheetBuildOf(state.build, state.inventory), catalog);
      const context = playContextOf(derived, state.build, catalog);
      const play = playStateOf(state.playState, context.maxHitPoints);
      const result = change.operate({ play, context, derived, state, catalog });
      if (!result.ok) return failureOf(result, 'id', change.fields ?? {});
      // A change that changes nothing (a condition already present) writes no version.
      if (state.playState !== null && JSON.stringify(result.state) === JSON.stringify(state.playState))
        return { ok: true, state };
      if (state.playState === null && JSON.stringify(result.state) === JSON.stringify(play)) return { ok: true, state };
      return { ok: true, state: { ...state, playState: result.state } };
    },
  });
  return row;
}

const amountSchema = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be at least 0')
  .max(100_000, 'must be at most 100000');

export const CONDITION_SCHEMA = z.enum(CONDITIONS);

export async function damageCharacter(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawAmount: number,
  critical: boolean,
): Promise<CharacterRow> {
  const amount = validateInput(amountSchema, rawAmount, 'amount');
  return changePlayState(deps, viewer, rawId, {
    reason: `Took ${amount} damage${critical ? ' (critical hit)' : ''}`,
    operate: ({ play, context }) => applyDamage(play, amount, { maxHitPoints: context.maxHitPoints, critical }),
  });
}

export async function healCharacter(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawAmount: number,
): Promise<CharacterRow> {
  const amount = validateInput(amountSchema, rawAmount, 'amount');
  return changePlayState(deps, viewer, rawId, {
    reason: `Healed ${amount} hit points`,
    operate: ({ play, context }) => heal(play, amount, { maxHitPoints: context.maxHitPoints }),
  });
}

export async function grantCharacterTemporaryHitPoints(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawAmount: number,
  keepNew: boolean,
): Promise<CharacterRow> {
  const amount = validateInput(amountSchema, rawAmount, 'amount');
  return changePlayState(deps, viewer, rawId, {
    reason: `Gained ${amount} temporary hit points`,
    operate: ({ play }) => grantTemporaryHitPoints(play, amount, { keep: keepNew ? 'new' : 'higher' }),
  });
}

/** Adds or removes one condition (a set: adding one present, or removing one absent, changes nothing). */
export async function changeCondition(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawCondition: string,
  present: boolean,
): Promise<CharacterRow> {
  const condition: Condition = validateInput(CONDITION_SCHEMA, rawCondition, 'condition');
  return changePlayState(deps, viewer, rawId, {
    reason: present ? `Became ${condition}` : `No longer ${condition}`,
    fields: { condition: 'condition' },
    operate: ({ play }) => {
      const result = present ? setCondition(play, condition) : removeCondition(play, condition);
      return result.ok || result.path !== undefined ? result : { ...result, path: 'condition' };
    },
  });
}

export async function setCharacterExhaustion(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawLevel: number,
): Promise<CharacterRow> {
  const level = validateInput(
    z.number().int('must be a whole number').min(0, 'must be between 0 and 6').max(6, 'must be between 0 and 6'),
    rawLevel,
    'level',
  );
  return changePlayState(deps, viewer, rawId, {
    reason: `Exhaustion level ${level}`,
    operate: ({ play }) => setExhaustion(play, level),
  });
}

export async function recordCharacterDeathSave(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawRoll: number,
  rawBonus: number | null | undefined,
): Promise<CharacterRow> {
  const roll = validateInput(
    z
      .number()
      .int('must be a whole number')
      .min(1, 'must be a d20 roll from 1 to 20')
      .max(20, 'must be a d20 roll from 1 to 20'),
    rawRoll,
    'roll',
  );
  const bonus = validateInput(z.number().int('must be a whole number').min(-20).max(20), rawBonus ?? 0, 'bonus');
  return changePlayState(deps, viewer, rawId, {
    reason: `Death save: rolled ${roll}`,
    operate: ({ play }) => {
      const result = recordDeathSave(play, { roll, bonus });
      return result.ok ? result : { ...result, path: result.reason === 'invalid-roll' ? 'roll' : 'id' };
    },
  });
}

export async function stabilizeCharacter(deps: PlayStateDeps, viewer: Identity, rawId: string): Promise<CharacterRow> {
  return changePlayState(deps, viewer, rawId, { reason: 'Stabilized', operate: ({ play }) => stabilize(play) });
}

const hitDiceSchema = z
  .array(
    z.object({
      dieSize: z.union([z.literal(6), z.literal(8), z.literal(10), z.literal(12)], {
        error: 'must be 6, 8, 10 or 12',
      }),
      roll: z.number().int('must be a whole number').min(1, 'must be at least 1').max(12, 'must be at most 12'),
    }),
  )
  .max(20, 'at most 20 dice');

/** A hit die spent, as the API takes it (checked by `hitDiceSchema`). */
export interface HitDieRoll {
  dieSize: number;
  roll: number;
}

/** One spend per die size, in the order the sizes first appear. */
function spendsOf(dice: z.output<typeof hitDiceSchema>): HitDiceSpend[] {
  const bySize = new Map<number, number[]>();
  for (const die of dice) bySize.set(die.dieSize, [...(bySize.get(die.dieSize) ?? []), die.roll]);
  return [...bySize].map(([dieSize, rolls]) => ({ dieSize, rolls }));
}

/** Spends hit dice outside a rest (each die heals its roll + CON, at least 1). */
export async function spendCharacterHitDice(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawDice: readonly HitDieRoll[],
): Promise<CharacterRow> {
  const dice = validateInput(hitDiceSchema.min(1, 'spend at least one die'), rawDice, 'hitDice');
  return changePlayState(deps, viewer, rawId, {
    reason: `Spent ${dice.length} hit ${dice.length === 1 ? 'die' : 'dice'}`,
    operate: ({ play, context, derived }) => {
      let next = play;
      const events = [];
      for (const spend of spendsOf(dice)) {
        const result = spendHitDice(next, { ...spend, conModifier: derived.abilities.con.modifier.value }, context);
        if (!result.ok) return { ...result, path: 'hitDice' };
        next = result.state;
        events.push(...result.events);
      }
      return { ok: true, state: next, events };
    },
  });
}

export async function shortRestCharacter(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawDice: readonly HitDieRoll[] | null | undefined,
): Promise<CharacterRow> {
  const dice = validateInput(hitDiceSchema, rawDice ?? [], 'hitDice');
  return changePlayState(deps, viewer, rawId, {
    reason: 'Short rest',
    operate: ({ play, context, derived }) => {
      const result = shortRest(
        play,
        { spend: spendsOf(dice), conModifier: derived.abilities.con.modifier.value },
        context,
      );
      return result.ok || result.path === undefined ? result : { ...result, path: 'hitDice' };
    },
  });
}

export async function longRestCharacter(deps: PlayStateDeps, viewer: Identity, rawId: string): Promise<CharacterRow> {
  return changePlayState(deps, viewer, rawId, {
    reason: 'Long rest',
    operate: ({ play, context }) => longRest(play, {}, context),
  });
}

const resourceIdSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** Spends or restores uses of a class resource (Rage, Channel Divinity…); restore without amount: all. */
export async function changeCharacterResource(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawResourceId: string,
  rawAmount: number | null | undefined,
  direction: 'spend' | 'restore',
): Promise<CharacterRow> {
  const resourceId = validateInput(resourceIdSchema, rawResourceId, 'resourceId');
  const amount =
    rawAmount == null
      ? undefined
      : validateInput(
          z.number().int('must be a whole number').min(1, 'must be at least 1').max(1000),
          rawAmount,
          'amount',
        );
  return changePlayState(deps, viewer, rawId, {
    reason: `${direction === 'spend' ? 'Spent' : 'Restored'} ${amount ?? (direction === 'spend' ? 1 : 'all')} ${resourceId}`,
    fields: { resourceId: 'resourceId', amount: 'amount' },
    operate: ({ play, context }) => {
      const input = { resourceId, ...(amount !== undefined ? { amount } : {}) };
      return direction === 'spend' ? spendResource(play, input, context) : restoreResource(play, input, context);
    },
  });
}

/** Ends concentration by choice or on a failed save. Owner only, like casting. */
export async function endCharacterConcentration(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  failedSave: boolean,
): Promise<CharacterRow> {
  return changePlayState(deps, viewer, rawId, {
    reason: failedSave ? 'Lost concentration' : 'Ended concentration',
    who: 'owner',
    operate: ({ play }) => endConcentration(play, failedSave ? 'failed-save' : 'ended'),
  });
}
