import { randomUUID } from 'node:crypto';

import {
  type Ability,
  addItem,
  applyDamage,
  type Condition,
  type Currency,
  DENOMINATIONS,
  deriveCharacter,
  gainCurrency,
  heal,
  longRest,
  MAX_EXHAUSTION,
  type PlayContext,
  type PlayResult,
  type PlayState,
  removeCondition,
  removeItem,
  type RulesCatalog,
  setCondition,
  shortRest,
} from '@grimoire/rules';

import type { CharacterState } from '../character-state.js';
import { sheetBuildOf } from '../derive-equipment-from-inventory.js';
import { playContextOf, playStateOf } from '../read-play-state.js';
import type { TableEventDetails } from './table-event-payload.js';

/**
 * What a table event actually did to one character, recorded so a revert undoes exactly that
 * (temporary hit points that absorbed damage come back, healing capped at the maximum is taken
 * back only as far as it went). Numbers are deltas, applied to the state as it is at revert time.
 */
export type TableEventEffect =
  | { kind: 'experience'; awardId: string; amount: number }
  | { kind: 'play-number'; field: PlayNumberField; delta: number }
  | { kind: 'condition'; condition: Condition; added: boolean }
  | { kind: 'play-field'; field: keyof PlayState; before: unknown }
  | { kind: 'item'; entryId: string; quantity: number }
  | { kind: 'currency'; coins: Currency }
  | { kind: 'ability'; ability: Ability; delta: number };

const PLAY_NUMBER_FIELDS = ['currentHitPoints', 'temporaryHitPoints', 'exhaustion', 'pactSlotsSpent'] as const;
type PlayNumberField = (typeof PLAY_NUMBER_FIELDS)[number];

export type EffectOutcome =
  { ok: true; state: CharacterState; effects: TableEventEffect[]; reason: string } | { ok: false; message: string };

const MIN_SCORE = 1;
const MAX_SCORE = 30;

/** The play state and the numbers its rules read, derived from the locked state. */
function playOf(state: CharacterState, catalog: RulesCatalog): { play: PlayState; context: PlayContext } {
  const derived = deriveCharacter(sheetBuildOf(state.build, state.inventory), catalog);
  const context = playContextOf(derived, state.build, catalog);
  return { play: playStateOf(state.playState, context.maxHitPoints), context };
}

/** Applies a non-XP table event to one character (pure); XP is an award row, see apply-table-events.ts. */
export function applyTableEventToState(
  state: CharacterState,
  details: Exclude<TableEventDetails, { kind: 'EXPERIENCE' }>,
  catalog: RulesCatalog,
): EffectOutcome {
  switch (details.kind) {
    case 'DAMAGE':
    case 'HEALING':
    case 'CONDITION':
    case 'REST': {
      const { play, context } = playOf(state, catalog);
      return playOutcome(state, play, operatePlay(play, details, context), describe(details));
    }
    case 'ITEM_GRANT': {
      const entryId = randomUUID();
      const result = addItem(
        state.inventory,
        {
          entryId,
          ...(details.itemId ? { itemId: details.itemId } : {}),
          ...(details.customName
            ? { custom: { name: details.customName, weight: details.customWeight ?? 0, cost: null } }
            : {}),
          quantity: details.quantity,
          containerId: null,
        },
        catalog,
      );
      if (!result.ok) return { ok: false, message: result.message };
      return {
        ok: true,
        state: { ...state, inventory: result.inventory },
        effects: [{ kind: 'item', entryId, quantity: details.quantity }],
        reason: describe(details),
      };
    }
    case 'CURRENCY_GRANT': {
      const result = gainCurrency(state.inventory.currency, details.currency);
      if (!result.ok) return { ok: false, message: result.message };
      return {
        ok: true,
        state: { ...state, inventory: { ...state.inventory, currency: result.currency } },
        effects: [{ kind: 'currency', coins: details.currency }],
        reason: describe(details),
      };
    }
    case 'ABILITY_CHANGE': {
      const before = state.build.abilityScores.base[details.ability];
      const after = details.mode === 'SET' ? details.value : before + details.value;
      const changed = withAbilityScore(state, details.ability, after);
      if (!changed.ok) return changed;
      return {
        ...changed,
        effects: [{ kind: 'ability', ability: details.ability, delta: after - before }],
        reason: describe(details),
      };
    }
  }
}

function operatePlay(
  play: PlayState,
  details: Extract<TableEventDetails, { kind: 'DAMAGE' | 'HEALING' | 'CONDITION' | 'REST' }>,
  context: PlayContext,
): PlayResult {
  switch (details.kind) {
    case 'DAMAGE':
      return applyDamage(play, details.amount, { maxHitPoints: context.maxHitPoints });
    case 'HEALING':
      return heal(play, details.amount, { maxHitPoints: context.maxHitPoints });
    case 'CONDITION':
      return details.operation === 'ADD'
        ? setCondition(play, details.condition)
        : removeCondition(play, details.condition);
    case 'REST':
      return details.rest === 'SHORT' ? shortRest(play, {}, context) : longRest(play, {}, context);
  }
}

function playOutcome(state: CharacterState, before: PlayState, result: PlayResult, reason: string): EffectOutcome {
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, state: { ...state, playState: result.state }, effects: playEffects(before, result.state), reason };
}

/** Each changed play-state field as a delta (numbers), a set difference (conditions) or its old value. */
export function playEffects(before: PlayState, after: PlayState): TableEventEffect[] {
  const effects: TableEventEffect[] = [];
  for (const field of Object.keys(after) as (keyof PlayState)[]) {
    if (JSON.stringify(before[field]) === JSON.stringify(after[field])) continue;
    if (field === 'conditions') {
      for (const condition of after.conditions)
        if (!before.conditions.includes(condition)) effects.push({ kind: 'condition', condition, added: true });
      for (const condition of before.conditions)
        if (!after.conditions.includes(condition)) effects.push({ kind: 'condition', condition, added: false });
    } else if ((PLAY_NUMBER_FIELDS as readonly string[]).includes(field)) {
      const numberField = field as PlayNumberField;
      effects.push({ kind: 'play-number', field: numberField, delta: after[numberField] - before[numberField] });
    } else {
      effects.push({ kind: 'play-field', field, before: before[field] });
    }
  }
  return effects;
}

/**
 * Undoes recorded effects on the state as it is now (pure). Fails with a message when that is no
 * longer possible (the granted item is gone, the coins were spent, the score would leave 1–30).
 */
export function revertEffects(
  state: CharacterState,
  effects: readonly TableEventEffect[],
  catalog: RulesCatalog,
): EffectOutcome {
  let next = state;
  const playEffectsToRevert = effects.filter((effect) =>
    ['play-number', 'condition', 'play-field'].includes(effect.kind),
  );
  if (playEffectsToRevert.length > 0) {
    const { play, context } = playOf(next, catalog);
    next = { ...next, playState: revertPlay(play, playEffectsToRevert, context.maxHitPoints) };
  }
  for (const effect of effects) {
    if (effect.kind === 'item') {
      const result = removeItem(next.inventory, { entryId: effect.entryId, quantity: effect.quantity });
      if (!result.ok) return { ok: false, message: `The granted item cannot be taken back: ${result.message}` };
      next = { ...next, inventory: result.inventory };
    } else if (effect.kind === 'currency') {
      const currency = { ...next.inventory.currency };
      for (const coin of DENOMINATIONS) {
        currency[coin] -= effect.coins[coin];
        if (currency[coin] < 0) return { ok: false, message: `The granted ${coin} were already spent.` };
      }
      next = { ...next, inventory: { ...next.inventory, currency } };
    } else if (effect.kind === 'ability') {
      const changed = withAbilityScore(
        next,
        effect.ability,
        next.build.abilityScores.base[effect.ability] - effect.delta,
      );
      if (!changed.ok) return changed;
      next = changed.state;
    }
  }
  return { ok: true, state: next, effects: [], reason: 'Reverted' };
}

function revertPlay(play: PlayState, effects: readonly TableEventEffect[], maxHitPoints: number): PlayState {
  let next: PlayState = { ...play };
  const conditions = new Set(play.conditions);
  for (const effect of effects) {
    if (effect.kind === 'play-number') {
      const ceiling =
        effect.field === 'currentHitPoints' ? maxHitPoints : effect.field === 'exhaustion' ? MAX_EXHAUSTION : Infinity;
      next = { ...next, [effect.field]: Math.min(ceiling, Math.max(0, next[effect.field] - effect.delta)) };
    } else if (effect.kind === 'condition') {
      if (effect.added) conditions.delete(effect.condition);
      else conditions.add(effect.condition);
    } else if (effect.kind === 'play-field') {
      next = { ...next, [effect.field]: effect.before };
    }
  }
  // Conditions are a set kept in a stable order; exhaustion is listed exactly when its level is above 0.
  if (next.exhaustion > 0) conditions.add('exhaustion');
  else conditions.delete('exhaustion');
  return { ...next, conditions: [...conditions].sort() };
}

function withAbilityScore(state: CharacterState, ability: Ability, score: number): EffectOutcome {
  if (score < MIN_SCORE || score > MAX_SCORE) {
    return {
      ok: false,
      message: `${ability.toUpperCase()} would become ${score}; a score stays between ${MIN_SCORE} and ${MAX_SCORE}.`,
    };
  }
  const abilityScores = { ...state.build.abilityScores, base: { ...state.build.abilityScores.base, [ability]: score } };
  return { ok: true, state: { ...state, build: { ...state.build, abilityScores } }, effects: [], reason: '' };
}

/** The version's reason, in words a player reads in the history. */
export function describe(details: TableEventDetails): string {
  switch (details.kind) {
    case 'EXPERIENCE':
      return `Table event: ${details.amount} XP (${details.distribution === 'SPLIT' ? 'party share' : 'each'})`;
    case 'DAMAGE':
      return `Table event: took ${details.amount}${details.damageType ? ` ${details.damageType}` : ''} damage`;
    case 'HEALING':
      return `Table event: healed ${details.amount} hit points`;
    case 'CONDITION':
      return `Table event: ${details.operation === 'ADD' ? 'became' : 'no longer'} ${details.condition}`;
    case 'ITEM_GRANT':
      return `Table event: received ${details.quantity} × ${details.customName ?? details.itemId ?? 'item'}`;
    case 'CURRENCY_GRANT':
      return `Table event: received ${DENOMINATIONS.filter((coin) => details.currency[coin] > 0)
        .map((coin) => `${details.currency[coin]} ${coin}`)
        .join(', ')}`;
    case 'ABILITY_CHANGE':
      return `Table event: ${details.ability.toUpperCase()} ${details.mode === 'SET' ? `set to ${details.value}` : `${details.value > 0 ? '+' : ''}${details.value}`}`;
    case 'REST':
      return `Table event: ${details.rest === 'SHORT' ? 'short' : 'long'} rest`;
  }
}
