import { describe, expect, it } from 'vitest';
import {
  changeExhaustion,
  effectiveConditions,
  exhaustionModifiers,
  removeCondition,
  setCondition,
  setExhaustion,
} from './conditions.js';
import { applyDamage } from './hit-points.js';
import { type PlayContext, type PlayResult, type PlayState, initialPlayState } from './play-state.js';
import { grantHeroicInspiration, restoreResource, spendHeroicInspiration, spendResource } from './resources.js';
import { longRest, shortRest, spendHitDice } from './rests.js';
import { castSpell, endConcentration } from './spells.js';

/** A level 5 fighter 2 / warlock 3 with Second Wind, Rage-like short-rest regain and a dawn item. */
const CONTEXT: PlayContext = {
  maxHitPoints: 40,
  hitDice: [
    { die: 10, count: 2 },
    { die: 8, count: 3 },
  ],
  spellSlots: [4, 3, 0, 0, 0, 0, 0, 0, 0],
  pactMagic: { slots: 2, slotLevel: 2 },
  resources: [
    { id: 'second-wind', max: 2, recharge: 'long-rest', shortRestRegain: 1 },
    { id: 'action-surge', max: 1, recharge: 'short-rest' },
    { id: 'lucky', max: 3, recharge: 'long-rest' },
    { id: 'sunrise', max: 1, recharge: 'dawn' },
  ],
};

function expectOk(result: PlayResult): Extract<PlayResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result;
}

function state(extra: Partial<PlayState> = {}): PlayState {
  return { ...initialPlayState(CONTEXT.maxHitPoints), ...extra };
}

describe('conditions', () => {
  it('are a set', () => {
    let next = expectOk(setCondition(state(), 'poisoned')).state;
    const again = expectOk(setCondition(next, 'poisoned'));
    expect(again.state.conditions).toEqual(['poisoned']);
    expect(again.events).toEqual([]);
    next = expectOk(removeCondition(next, 'poisoned')).state;
    expect(next.conditions).toEqual([]);
    expect(expectOk(removeCondition(next, 'poisoned')).events).toEqual([]);
  });

  it('incapacitating conditions end concentration; the others do not', () => {
    const concentrating = state({ concentration: { spellId: 'bless' } });
    expect(expectOk(setCondition(concentrating, 'frightened')).state.concentration).toEqual({ spellId: 'bless' });
    for (const condition of ['incapacitated', 'stunned', 'paralyzed', 'petrified', 'unconscious'] as const)
      expect(expectOk(setCondition(concentrating, condition)).state.concentration).toBeNull();
  });

  it('Unconscious stays while the character is at 0 HP', () => {
    const down = state({ currentHitPoints: 0, conditions: ['unconscious', 'prone'] });
    expect(removeCondition(down, 'unconscious')).toMatchObject({ ok: false, reason: 'unconscious-at-zero' });
    expect(expectOk(removeCondition(down, 'prone')).state.conditions).toEqual(['unconscious']);
  });

  it('effective conditions add the implied ones', () => {
    const stunned = expectOk(setCondition(state(), 'stunned')).state;
    expect(effectiveConditions(stunned)).toEqual(['incapacitated', 'stunned']);
  });
});

describe('exhaustion (2024)', () => {
  it.each([
    { level: 0, d20Tests: 0, speed: 0, dead: false },
    { level: 1, d20Tests: -2, speed: -5, dead: false },
    { level: 3, d20Tests: -6, speed: -15, dead: false },
    { level: 6, d20Tests: -12, speed: -30, dead: true },
  ])('level $level', ({ level, ...expected }) => {
    expect(exhaustionModifiers(level)).toEqual(expected);
  });

  it('each application adds a level and keeps the condition in the set; level 6 kills', () => {
    let next = state();
    for (let i = 0; i < 5; i++) next = expectOk(setCondition(next, 'exhaustion')).state;
    expect(next.exhaustion).toBe(5);
    expect(next.conditions).toEqual(['exhaustion']);
    const last = expectOk(changeExhaustion(next, 1));
    expect(last.state.dead).toBe(true);
    expect(last.events).toContainEqual({ kind: 'died', cause: 'exhaustion' });
    const cleared = expectOk(removeCondition({ ...next }, 'exhaustion')).state;
    expect(cleared.exhaustion).toBe(0);
    expect(cleared.conditions).toEqual([]);
  });

  it.each([-1, 7, 1.5])('rejects level %s', (level) => {
    expect(setExhaustion(state(), level)).toMatchObject({ ok: false, reason: 'invalid-exhaustion' });
  });
});

describe('spendHitDice', () => {
  it('heals roll + CON per die, at least 1 per die in 2024', () => {
    const hurt = state({ currentHitPoints: 10 });
    const result = expectOk(spendHitDice(hurt, { dieSize: 8, rolls: [5, 1], conModifier: -1 }, CONTEXT));
    expect(result.state.currentHitPoints).toBe(15);
    expect(result.state.hitDiceSpent).toEqual({ 8: 2 });
    expect(result.events[0]).toEqual({ kind: 'hit-dice-spent', die: 8, rolls: [5, 1], healed: 5 });
    const old = expectOk(
      spendHitDice(hurt, { dieSize: 8, rolls: [1], conModifier: -1 }, { ...CONTEXT, edition: '2014' }),
    );
    expect(old.state.currentHitPoints).toBe(10);
  });

  it('rejects more dice than are left, dice the character does not have and impossible rolls', () => {
    const spent = state({ currentHitPoints: 10, hitDiceSpent: { 10: 1 } });
    expect(spendHitDice(spent, { dieSize: 10, rolls: [3, 4], conModifier: 0 }, CONTEXT)).toMatchObject({
      ok: false,
      reason: 'no-hit-dice',
    });
    expect(spendHitDice(spent, { dieSize: 12, rolls: [3], conModifier: 0 }, CONTEXT)).toMatchObject({
      reason: 'no-hit-dice',
    });
    expect(spendHitDice(spent, { dieSize: 8, rolls: [9], conModifier: 0 }, CONTEXT)).toMatchObject({
      reason: 'invalid-roll',
    });
  });

  it('a dying character cannot; a stable one can and wakes up', () => {
    const dying = expectOk(applyDamage(state({ currentHitPoints: 3 }), 3, CONTEXT)).state;
    expect(spendHitDice(dying, { dieSize: 8, rolls: [3], conModifier: 0 }, CONTEXT)).toMatchObject({
      reason: 'dying',
    });
    const woke = expectOk(
      spendHitDice({ ...dying, stable: true }, { dieSize: 8, rolls: [3], conModifier: 0 }, CONTEXT),
    );
    expect(woke.state.currentHitPoints).toBe(3);
    expect(woke.state.conditions).toEqual(['prone']);
  });
});

describe('shortRest', () => {
  it('spends dice as asked, recharges short-rest features, one use of Second Wind and the pact slots', () => {
    const tired = state({
      currentHitPoints: 10,
      pactSlotsSpent: 2,
      spellSlotsSpent: [2, 0, 0, 0, 0, 0, 0, 0, 0],
      resourcesSpent: { 'second-wind': 2, 'action-surge': 1, lucky: 1, sunrise: 1 },
    });
    const result = expectOk(
      shortRest(
        tired,
        {
          spend: [
            { dieSize: 10, rolls: [6] },
            { dieSize: 8, rolls: [4] },
          ],
          conModifier: 2,
        },
        CONTEXT,
      ),
    );
    expect(result.state.currentHitPoints).toBe(24);
    expect(result.state.hitDiceSpent).toEqual({ 10: 1, 8: 1 });
    expect(result.state.resourcesSpent).toEqual({ 'second-wind': 1, 'action-surge': 0, lucky: 1, sunrise: 1 });
    expect(result.state.pactSlotsSpent).toBe(0);
    expect(result.state.spellSlotsSpent[0]).toBe(2);
    expect(result.events.at(-1)).toEqual({ kind: 'rest-finished', rest: 'short' });
  });

  it('names the failing request', () => {
    expect(
      shortRest(
        state(),
        {
          spend: [
            { dieSize: 8, rolls: [1] },
            { dieSize: 6, rolls: [1] },
          ],
        },
        CONTEXT,
      ),
    ).toMatchObject({ ok: false, reason: 'no-hit-dice', path: 'spend[1]' });
  });
});

describe('longRest', () => {
  const worn = state({
    currentHitPoints: 4,
    temporaryHitPoints: 3,
    exhaustion: 2,
    conditions: ['exhaustion', 'poisoned'],
    hitDiceSpent: { 10: 2, 8: 3 },
    spellSlotsSpent: [4, 3, 0, 0, 0, 0, 0, 0, 0],
    pactSlotsSpent: 1,
    resourcesSpent: { 'second-wind': 2, lucky: 3, sunrise: 1 },
  });

  it('2024: all HP, all hit dice, all slots, every resource, temp HP gone, one exhaustion level less', () => {
    const result = expectOk(longRest(worn, {}, CONTEXT));
    expect(result.state).toMatchObject({
      currentHitPoints: 40,
      temporaryHitPoints: 0,
      exhaustion: 1,
      conditions: ['exhaustion', 'poisoned'],
      hitDiceSpent: { 10: 0, 8: 0 },
      spellSlotsSpent: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      pactSlotsSpent: 0,
      resourcesSpent: { 'second-wind': 0, lucky: 0, sunrise: 0 },
    });
  });

  it('keeps dawn resources when no dawn passed, and grants Heroic Inspiration when asked', () => {
    const result = expectOk(longRest(worn, { dawn: false, heroicInspiration: true }, CONTEXT));
    expect(result.state.resourcesSpent.sunrise).toBe(1);
    expect(result.state.heroicInspiration).toBe(true);
  });

  it('2014: half the hit dice (largest first) and at least 1 HP to start', () => {
    const result = expectOk(longRest(worn, {}, { ...CONTEXT, edition: '2014' }));
    expect(result.state.hitDiceSpent).toEqual({ 10: 0, 8: 3 });
    const down = { ...worn, currentHitPoints: 0, stable: true };
    expect(longRest(down, {}, { ...CONTEXT, edition: '2014' })).toMatchObject({ reason: 'not-enough-hit-points' });
    // 2024 drops that requirement: a stable character at 0 HP wakes up rested.
    const woke = expectOk(longRest(down, {}, CONTEXT));
    expect(woke.state.currentHitPoints).toBe(40);
    expect(woke.state.stable).toBe(false);
  });

  it('a dying or dead character cannot rest', () => {
    expect(longRest({ ...worn, currentHitPoints: 0 }, {}, CONTEXT)).toMatchObject({ reason: 'dying' });
    expect(longRest({ ...worn, dead: true }, {}, CONTEXT)).toMatchObject({ reason: 'dead' });
  });
});

describe('castSpell', () => {
  it('spends a slot of the spell level by default, or a higher one when chosen', () => {
    const first = expectOk(castSpell(state(), { spellId: 'bless', spellLevel: 1, concentration: true }, CONTEXT));
    expect(first.state.spellSlotsSpent[0]).toBe(1);
    const upcast = expectOk(
      castSpell(first.state, { spellId: 'cure-wounds', spellLevel: 1, slotLevel: 2, concentration: false }, CONTEXT),
    );
    expect(upcast.state.spellSlotsSpent.slice(0, 2)).toEqual([1, 1]);
    expect(upcast.state.concentration).toEqual({ spellId: 'bless' });
  });

  it('cantrips and rituals spend nothing', () => {
    const cantrip = expectOk(castSpell(state(), { spellId: 'light', spellLevel: 0, concentration: false }, CONTEXT));
    expect(cantrip.state).toEqual(state());
    const ritual = expectOk(
      castSpell(state(), { spellId: 'detect-magic', spellLevel: 1, ritual: true, concentration: true }, CONTEXT),
    );
    expect(ritual.state.spellSlotsSpent).toEqual(state().spellSlotsSpent);
    expect(ritual.events[0]).toMatchObject({ using: 'ritual', slotLevel: null });
  });

  it('a new concentration spell ends the previous one', () => {
    const result = expectOk(
      castSpell(
        state({ concentration: { spellId: 'bless' } }),
        { spellId: 'hex', spellLevel: 1, concentration: true },
        CONTEXT,
      ),
    );
    expect(result.state.concentration).toEqual({ spellId: 'hex' });
    expect(result.events).toContainEqual({ kind: 'concentration-ended', spellId: 'bless', reason: 'new-spell' });
  });

  it('pact slots are spent at the pact level and come back on a short rest', () => {
    let next = state();
    for (let i = 0; i < 2; i++)
      next = expectOk(
        castSpell(next, { spellId: 'hex', spellLevel: 1, usePactSlot: true, concentration: true }, CONTEXT),
      ).state;
    expect(next.pactSlotsSpent).toBe(2);
    expect(
      castSpell(next, { spellId: 'hex', spellLevel: 1, usePactSlot: true, concentration: true }, CONTEXT),
    ).toMatchObject({ ok: false, reason: 'no-spell-slot' });
    expect(
      castSpell(state(), { spellId: 'fireball', spellLevel: 3, usePactSlot: true, concentration: false }, CONTEXT),
    ).toMatchObject({ reason: 'invalid-spell-level' });
    expect(expectOk(shortRest(next, {}, CONTEXT)).state.pactSlotsSpent).toBe(0);
  });

  it.each([
    { name: 'no slot left', spent: [4, 0, 0, 0, 0, 0, 0, 0, 0], input: { spellLevel: 1 }, reason: 'no-spell-slot' },
    { name: 'no slot of that level', spent: undefined, input: { spellLevel: 3 }, reason: 'no-spell-slot' },
    {
      name: 'slot below the spell',
      spent: undefined,
      input: { spellLevel: 2, slotLevel: 1 },
      reason: 'invalid-spell-level',
    },
    { name: 'level 10', spent: undefined, input: { spellLevel: 10 }, reason: 'invalid-spell-level' },
  ])('typed error: $name', ({ spent, input, reason }) => {
    const from = state(spent ? { spellSlotsSpent: spent } : {});
    expect(castSpell(from, { spellId: 'x', concentration: false, ...input }, CONTEXT)).toMatchObject({
      ok: false,
      reason,
    });
  });

  it('an incapacitated character cannot cast; concentration can be ended', () => {
    const stunned = state({ conditions: ['stunned'] });
    expect(castSpell(stunned, { spellId: 'light', spellLevel: 0, concentration: false }, CONTEXT)).toMatchObject({
      reason: 'incapacitated',
    });
    expect(expectOk(endConcentration(state({ concentration: { spellId: 'bless' } }), 'failed-save')).events).toEqual([
      { kind: 'concentration-ended', spellId: 'bless', reason: 'failed-save' },
    ]);
    expect(endConcentration(state())).toMatchObject({ reason: 'not-concentrating' });
  });
});

describe('resources and Heroic Inspiration', () => {
  it('spends and restores within the maximum', () => {
    const spent = expectOk(spendResource(state(), { resourceId: 'lucky', amount: 2 }, CONTEXT));
    expect(spent.events).toEqual([{ kind: 'resource-spent', resourceId: 'lucky', amount: 2, remaining: 1 }]);
    expect(spendResource(spent.state, { resourceId: 'lucky', amount: 2 }, CONTEXT)).toMatchObject({
      reason: 'no-uses-left',
    });
    expect(spendResource(state(), { resourceId: 'rage' }, CONTEXT)).toMatchObject({ reason: 'unknown-resource' });
    const back = expectOk(restoreResource(spent.state, { resourceId: 'lucky', amount: 5 }, CONTEXT));
    expect(back.state.resourcesSpent.lucky).toBe(0);
  });

  it('Heroic Inspiration is had or not', () => {
    const inspired = expectOk(grantHeroicInspiration(state())).state;
    expect(expectOk(grantHeroicInspiration(inspired)).events).toEqual([]);
    const used = expectOk(spendHeroicInspiration(inspired)).state;
    expect(spendHeroicInspiration(used)).toMatchObject({ reason: 'no-heroic-inspiration' });
  });
});
