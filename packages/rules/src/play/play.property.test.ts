import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../model/basics.js';
import { changeExhaustion, removeCondition, setCondition } from './conditions.js';
import { applyDamage, grantTemporaryHitPoints, heal, recordDeathSave } from './hit-points.js';
import { type PlayContext, type PlayResult, type PlayState, initialPlayState } from './play-state.js';
import { spendResource } from './resources.js';
import { longRest, shortRest, spendHitDice } from './rests.js';
import { castSpell } from './spells.js';

const CONTEXT: PlayContext = {
  maxHitPoints: 30,
  hitDice: [{ die: 8, count: 4 }],
  spellSlots: [4, 2, 0, 0, 0, 0, 0, 0, 0],
  pactMagic: { slots: 1, slotLevel: 1 },
  resources: [{ id: 'rage', max: 3, recharge: 'long-rest', shortRestRegain: 1 }],
};

type Step = (state: PlayState) => PlayResult;

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ amount: fc.nat(80), critical: fc.boolean() }).map(
    ({ amount, critical }): Step =>
      (state) =>
        applyDamage(state, amount, { maxHitPoints: CONTEXT.maxHitPoints, critical }),
  ),
  fc.nat(40).map(
    (amount): Step =>
      (state) =>
        heal(state, amount, CONTEXT),
  ),
  fc.nat(20).map(
    (amount): Step =>
      (state) =>
        grantTemporaryHitPoints(state, amount),
  ),
  fc.integer({ min: 1, max: 20 }).map(
    (roll): Step =>
      (state) =>
        recordDeathSave(state, { roll }),
  ),
  fc.constantFrom(...CONDITIONS).map(
    (condition): Step =>
      (state) =>
        setCondition(state, condition),
  ),
  fc.constantFrom(...CONDITIONS).map(
    (condition): Step =>
      (state) =>
        removeCondition(state, condition),
  ),
  fc.integer({ min: -2, max: 2 }).map(
    (delta): Step =>
      (state) =>
        changeExhaustion(state, delta),
  ),
  fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }).map(
    (rolls): Step =>
      (state) =>
        spendHitDice(state, { dieSize: 8, rolls, conModifier: -1 }, CONTEXT),
  ),
  fc.record({ spellLevel: fc.integer({ min: 0, max: 3 }), pact: fc.boolean(), concentration: fc.boolean() }).map(
    ({ spellLevel, pact, concentration }): Step =>
      (state) =>
        castSpell(state, { spellId: `s${spellLevel}`, spellLevel, usePactSlot: pact, concentration }, CONTEXT),
  ),
  fc.integer({ min: 1, max: 2 }).map(
    (amount): Step =>
      (state) =>
        spendResource(state, { resourceId: 'rage', amount }, CONTEXT),
  ),
  fc.constant((state: PlayState) => shortRest(state, {}, CONTEXT)),
  fc.constant((state: PlayState) => longRest(state, {}, CONTEXT)),
);

function checkInvariants(state: PlayState): void {
  expect(state.currentHitPoints).toBeGreaterThanOrEqual(0);
  expect(state.currentHitPoints).toBeLessThanOrEqual(CONTEXT.maxHitPoints);
  expect(state.temporaryHitPoints).toBeGreaterThanOrEqual(0);
  expect(new Set(state.conditions).size).toBe(state.conditions.length);
  expect(state.exhaustion).toBeGreaterThanOrEqual(0);
  expect(state.exhaustion).toBeLessThanOrEqual(6);
  expect(state.conditions.includes('exhaustion')).toBe(state.exhaustion > 0);
  expect(state.deathSaves.successes).toBeLessThan(3);
  expect(state.deathSaves.failures).toBeLessThanOrEqual(3);
  if (state.currentHitPoints > 0) expect(state.deathSaves).toEqual({ successes: 0, failures: 0 });
  if (state.currentHitPoints === 0 && !state.dead) expect(state.conditions).toContain('unconscious');
  expect(state.hitDiceSpent[8] ?? 0).toBeLessThanOrEqual(4);
  state.spellSlotsSpent.forEach((spent, index) => {
    expect(spent).toBeGreaterThanOrEqual(0);
    expect(spent).toBeLessThanOrEqual(CONTEXT.spellSlots[index] ?? 0);
  });
  expect(state.pactSlotsSpent).toBeLessThanOrEqual(1);
  expect(state.resourcesSpent.rage ?? 0).toBeLessThanOrEqual(3);
  expect(state.resourcesSpent.rage ?? 0).toBeGreaterThanOrEqual(0);
}

describe('play state properties', () => {
  it('any sequence of operations keeps HP in 0..max, temp HP ≥ 0 and every counter in range', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = initialPlayState(CONTEXT.maxHitPoints);
        for (const apply of steps) {
          const result = apply(state);
          if (result.ok) state = result.state;
          else expect(result.message.length).toBeGreaterThan(0);
          checkInvariants(state);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('damage below the current HP then the same healing returns the same state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.nat(30),
        fc.constantFrom(...CONDITIONS.filter((condition) => condition !== 'exhaustion')),
        (hitPoints, damage, condition) => {
          fc.pre(damage < hitPoints);
          const start: PlayState = { ...initialPlayState(30), currentHitPoints: hitPoints, conditions: [condition] };
          const hurt = applyDamage(start, damage, { maxHitPoints: 30 });
          if (!hurt.ok) throw new Error(hurt.message);
          const healed = heal(hurt.state, damage, { maxHitPoints: 30 });
          if (!healed.ok) throw new Error(healed.message);
          expect(healed.state).toEqual(start);
        },
      ),
    );
  });

  it('a failed operation reports a reason and never returns a state', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: -1 }), (amount) => {
        const result = applyDamage(initialPlayState(10), amount, { maxHitPoints: 10 });
        expect(result).toMatchObject({ ok: false, reason: 'invalid-amount' });
        expect('state' in result).toBe(false);
      }),
    );
  });
});
