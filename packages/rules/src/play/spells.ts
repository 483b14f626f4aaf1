import { isIncapacitated, withoutConcentration } from './conditions.js';
import { type PlayContext, type PlayEvent, type PlayResult, type PlayState, ok } from './play-state.js';
import { failure } from './result.js';

export interface CastSpellInput {
  spellId: string;
  /** The spell's own level; 0 for a cantrip. */
  spellLevel: number;
  /** The slot to spend, at least the spell's level; defaults to the spell's level (or the pact slot level). */
  slotLevel?: number;
  concentration: boolean;
  /** Spend a Pact Magic slot (always of the pact slot level) instead of a spell slot. */
  usePactSlot?: boolean;
  /**
   * Cast as a ritual: no slot, at the spell's level. The caller checks the spell has the Ritual
   * tag and the class may cast rituals (it has the catalog; these rules only track resources).
   */
  ritual?: boolean;
}

function spellLevelValid(level: number): boolean {
  return Number.isInteger(level) && level >= 0 && level <= 9;
}

/**
 * Casting a spell: a cantrip or a ritual spends nothing; any other spell spends a slot of the
 * chosen level (≥ the spell's level) or a Pact Magic slot. Starting a concentration spell ends the
 * one concentrated on before. Dead or incapacitated characters cannot cast.
 */
export function castSpell(
  state: PlayState,
  input: CastSpellInput,
  context: Pick<PlayContext, 'spellSlots' | 'pactMagic'>,
): PlayResult {
  if (state.dead) return failure('dead', 'A dead character cannot cast spells.');
  if (isIncapacitated(state)) return failure('incapacitated', 'An incapacitated character cannot cast spells.');
  if (!spellLevelValid(input.spellLevel))
    return failure('invalid-spell-level', `A spell's level is 0 (cantrip) to 9, not ${input.spellLevel}.`);
  const events: PlayEvent[] = [];
  let next: PlayState = state;
  let using: 'cantrip' | 'ritual' | 'spell-slot' | 'pact-slot';
  let slotLevel: number | null = null;
  if (input.spellLevel === 0) {
    if (input.slotLevel !== undefined && input.slotLevel !== 0)
      return failure('invalid-spell-level', 'A cantrip is cast without a spell slot.', 'slotLevel');
    using = 'cantrip';
  } else if (input.ritual === true) {
    if (input.usePactSlot === true || (input.slotLevel !== undefined && input.slotLevel !== input.spellLevel))
      return failure('invalid-spell-level', 'A ritual is cast at the spell’s own level without a slot.', 'slotLevel');
    using = 'ritual';
  } else if (input.usePactSlot === true) {
    const pact = context.pactMagic;
    if (pact === null || pact.slots === 0) return failure('no-pact-magic', 'The character has no Pact Magic slots.');
    if (input.slotLevel !== undefined && input.slotLevel !== pact.slotLevel)
      return failure('invalid-spell-level', `Pact Magic slots are level ${pact.slotLevel}.`, 'slotLevel');
    if (pact.slotLevel < input.spellLevel)
      return failure(
        'invalid-spell-level',
        `A level ${input.spellLevel} spell needs a slot of at least that level; Pact Magic slots are level ${pact.slotLevel}.`,
        'slotLevel',
      );
    if (state.pactSlotsSpent >= pact.slots)
      return failure('no-spell-slot', 'No Pact Magic slot is left; they come back on a short or long rest.');
    next = { ...next, pactSlotsSpent: next.pactSlotsSpent + 1 };
    using = 'pact-slot';
    slotLevel = pact.slotLevel;
  } else {
    const level = input.slotLevel ?? input.spellLevel;
    if (!spellLevelValid(level) || level < input.spellLevel || level === 0)
      return failure(
        'invalid-spell-level',
        `A level ${input.spellLevel} spell is cast with a slot of level ${input.spellLevel} to 9, not ${level}.`,
        'slotLevel',
      );
    const total = context.spellSlots[level - 1] ?? 0;
    const spent = state.spellSlotsSpent[level - 1] ?? 0;
    if (spent >= total)
      return failure(
        'no-spell-slot',
        total === 0
          ? `The character has no level ${level} spell slots.`
          : `All ${total} level ${level} spell slots are spent.`,
        'slotLevel',
      );
    const slots = [...next.spellSlotsSpent];
    slots[level - 1] = spent + 1;
    next = { ...next, spellSlotsSpent: slots };
    using = 'spell-slot';
    slotLevel = level;
  }
  events.push({ kind: 'spell-cast', spellId: input.spellId, spellLevel: input.spellLevel, slotLevel, using });
  if (input.concentration) {
    next = withoutConcentration(next, 'new-spell', events);
    events.push({ kind: 'concentration-started', spellId: input.spellId });
    next = { ...next, concentration: { spellId: input.spellId } };
  }
  return ok(next, events);
}

/** Ends concentration: by choice (`ended`) or on a failed Constitution save (`failed-save`). */
export function endConcentration(state: PlayState, reason: 'ended' | 'failed-save' = 'ended'): PlayResult {
  if (state.concentration === null)
    return failure('not-concentrating', 'The character is not concentrating on a spell.');
  const events: PlayEvent[] = [];
  return ok(withoutConcentration(state, reason, events), events);
}
