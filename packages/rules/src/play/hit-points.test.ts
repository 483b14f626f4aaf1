import { describe, expect, it } from 'vitest';
import { setCondition } from './conditions.js';
import {
  applyDamage,
  concentrationSaveDC,
  grantTemporaryHitPoints,
  heal,
  recordDeathSave,
  revive,
  stabilize,
} from './hit-points.js';
import { type PlayResult, type PlayState, initialPlayState, isDying } from './play-state.js';

const MAX = 20;

function expectOk(result: PlayResult): Extract<PlayResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}: ${result.message}`);
  return result;
}

function at(hp: number, extra: Partial<PlayState> = {}): PlayState {
  return { ...initialPlayState(MAX), currentHitPoints: hp, ...extra };
}

function downed(): PlayState {
  return expectOk(applyDamage(at(5), 5, { maxHitPoints: MAX })).state;
}

describe('applyDamage', () => {
  it.each([
    { name: 'plain damage', state: at(20), amount: 7, hp: 13, temp: 0 },
    { name: 'temp HP absorbs first', state: at(20, { temporaryHitPoints: 5 }), amount: 7, hp: 18, temp: 0 },
    { name: 'temp HP absorbs all', state: at(20, { temporaryHitPoints: 10 }), amount: 7, hp: 20, temp: 3 },
    { name: 'zero damage', state: at(20), amount: 0, hp: 20, temp: 0 },
  ])('$name', ({ state, amount, hp, temp }) => {
    const result = expectOk(applyDamage(state, amount, { maxHitPoints: MAX }));
    expect(result.state.currentHitPoints).toBe(hp);
    expect(result.state.temporaryHitPoints).toBe(temp);
  });

  it('drops to 0 HP: unconscious, prone, dying, concentration lost', () => {
    const result = expectOk(applyDamage(at(5, { concentration: { spellId: 'bless' } }), 9, { maxHitPoints: MAX }));
    expect(result.state.currentHitPoints).toBe(0);
    expect(result.state.conditions).toEqual(['unconscious', 'prone']);
    expect(isDying(result.state)).toBe(true);
    expect(result.state.concentration).toBeNull();
    expect(result.events.map((event) => event.kind)).toEqual([
      'hit-points-lost',
      'fell-unconscious',
      'condition-added',
      'condition-added',
      'concentration-ended',
    ]);
  });

  it.each([
    { remaining: 5, damage: 24, dead: false },
    { remaining: 5, damage: 25, dead: true },
    { remaining: 20, damage: 40, dead: true },
    { remaining: 20, damage: 39, dead: false },
  ])('instant death when the damage left over reaches the maximum: $remaining HP takes $damage', (row) => {
    const result = expectOk(applyDamage(at(row.remaining), row.damage, { maxHitPoints: MAX }));
    expect(result.state.dead).toBe(row.dead);
    expect(result.state.currentHitPoints).toBe(0);
    if (row.dead) expect(result.events).toContainEqual({ kind: 'died', cause: 'massive-damage' });
  });

  it('temporary HP count before the massive-damage check', () => {
    const result = expectOk(applyDamage(at(5, { temporaryHitPoints: 10 }), 34, { maxHitPoints: MAX }));
    expect(result.state.dead).toBe(false);
  });

  it('damage at 0 HP is a death save failure, two on a critical hit, and ends stability', () => {
    const one = expectOk(applyDamage(downed(), 3, { maxHitPoints: MAX }));
    expect(one.state.deathSaves.failures).toBe(1);
    const stable = { ...downed(), stable: true };
    const two = expectOk(applyDamage(stable, 3, { maxHitPoints: MAX, critical: true }));
    expect(two.state.deathSaves.failures).toBe(2);
    expect(two.state.stable).toBe(false);
    const third = expectOk(applyDamage(two.state, 1, { maxHitPoints: MAX }));
    expect(third.state.dead).toBe(true);
    expect(third.events).toContainEqual({ kind: 'died', cause: 'death-saves' });
  });

  it('damage at 0 HP equal to the maximum kills outright', () => {
    const result = expectOk(applyDamage(downed(), MAX, { maxHitPoints: MAX }));
    expect(result.state.dead).toBe(true);
  });

  it('damage fully absorbed by temporary HP at 0 HP costs no death save', () => {
    const result = expectOk(applyDamage({ ...downed(), temporaryHitPoints: 5 }, 4, { maxHitPoints: MAX }));
    expect(result.state.deathSaves.failures).toBe(0);
    expect(result.state.temporaryHitPoints).toBe(1);
  });

  it.each([
    { damage: 1, dc: 10 },
    { damage: 21, dc: 10 },
    { damage: 22, dc: 11 },
    { damage: 45, dc: 22 },
    { damage: 61, dc: 30 },
    { damage: 200, dc: 30 },
  ])('concentration DC for $damage damage is $dc', ({ damage, dc }) => {
    expect(concentrationSaveDC(damage)).toBe(dc);
  });

  it('reports a pending concentration save instead of rolling it (on the whole damage, temp HP included)', () => {
    const state = at(100, { temporaryHitPoints: 10, concentration: { spellId: 'bless' } });
    const result = expectOk(applyDamage(state, 30, { maxHitPoints: 100 }));
    expect(result.state.concentration).toEqual({ spellId: 'bless' });
    expect(result.events).toContainEqual({ kind: 'concentration-save-required', spellId: 'bless', dc: 15 });
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s damage', (amount) => {
    expect(applyDamage(at(10), amount, { maxHitPoints: MAX })).toMatchObject({ ok: false, reason: 'invalid-amount' });
  });

  it('rejects damage to the dead', () => {
    expect(applyDamage(at(0, { dead: true }), 5, { maxHitPoints: MAX })).toMatchObject({ ok: false, reason: 'dead' });
  });
});

describe('heal', () => {
  it('caps at the maximum', () => {
    const result = expectOk(heal(at(15), 10, { maxHitPoints: MAX }));
    expect(result.state.currentHitPoints).toBe(20);
    expect(result.events).toEqual([{ kind: 'hit-points-regained', amount: 5, from: 15, to: 20 }]);
  });

  it('healing from 0 wakes the character, clears death saves and keeps Prone', () => {
    const hurt = expectOk(applyDamage(downed(), 1, { maxHitPoints: MAX })).state;
    const result = expectOk(heal(hurt, 3, { maxHitPoints: MAX }));
    expect(result.state.currentHitPoints).toBe(3);
    expect(result.state.deathSaves).toEqual({ successes: 0, failures: 0 });
    expect(result.state.conditions).toEqual(['prone']);
    expect(isDying(result.state)).toBe(false);
  });

  it('never lowers hit points above a lowered maximum', () => {
    expect(expectOk(heal(at(20), 5, { maxHitPoints: 15 })).state.currentHitPoints).toBe(20);
  });

  it('does not heal the dead', () => {
    expect(heal(at(0, { dead: true }), 5, { maxHitPoints: MAX })).toMatchObject({ ok: false, reason: 'dead' });
  });
});

describe('grantTemporaryHitPoints', () => {
  it.each([
    { had: 0, offered: 5, keep: undefined, result: 5 },
    { had: 8, offered: 5, keep: undefined, result: 8 },
    { had: 3, offered: 5, keep: undefined, result: 5 },
    { had: 8, offered: 5, keep: 'new' as const, result: 5 },
  ])('had $had, offered $offered ($keep): $result', ({ had, offered, keep, result }) => {
    const state = at(10, { temporaryHitPoints: had });
    expect(expectOk(grantTemporaryHitPoints(state, offered, { keep })).state.temporaryHitPoints).toBe(result);
  });

  it('does not wake a character at 0 HP', () => {
    const result = expectOk(grantTemporaryHitPoints(downed(), 5));
    expect(result.state.conditions).toContain('unconscious');
  });
});

describe('recordDeathSave', () => {
  it.each([
    { roll: 10, successes: 1, failures: 0 },
    { roll: 9, successes: 0, failures: 1 },
    { roll: 1, successes: 0, failures: 2 },
  ])('d20 $roll', ({ roll, successes, failures }) => {
    expect(expectOk(recordDeathSave(downed(), { roll })).state.deathSaves).toEqual({ successes, failures });
  });

  it('counts a bonus toward 10 but not toward a natural 1', () => {
    expect(expectOk(recordDeathSave(downed(), { roll: 8, bonus: 2 })).state.deathSaves.successes).toBe(1);
    expect(expectOk(recordDeathSave(downed(), { roll: 1, bonus: 20 })).state.deathSaves.failures).toBe(2);
  });

  it('a natural 20 regains 1 HP and wakes the character', () => {
    const result = expectOk(recordDeathSave(downed(), { roll: 20 }));
    expect(result.state.currentHitPoints).toBe(1);
    expect(result.state.conditions).not.toContain('unconscious');
    expect(result.state.deathSaves).toEqual({ successes: 0, failures: 0 });
  });

  it('three successes: stable, still unconscious, saves reset', () => {
    let state = downed();
    for (const roll of [12, 4, 15, 18]) state = expectOk(recordDeathSave(state, { roll })).state;
    expect(state.stable).toBe(true);
    expect(state.deathSaves).toEqual({ successes: 0, failures: 0 });
    expect(state.conditions).toContain('unconscious');
    expect(recordDeathSave(state, { roll: 10 })).toMatchObject({ ok: false, reason: 'not-dying' });
  });

  it('three failures: dead', () => {
    let state = downed();
    state = expectOk(recordDeathSave(state, { roll: 1 })).state;
    const result = expectOk(recordDeathSave(state, { roll: 5 }));
    expect(result.state.dead).toBe(true);
    expect(result.events).toContainEqual({ kind: 'died', cause: 'death-saves' });
  });

  it.each([0, 21, 2.5])('rejects a roll of %s', (roll) => {
    expect(recordDeathSave(downed(), { roll })).toMatchObject({ ok: false, reason: 'invalid-roll' });
  });

  it('rejects a save by a conscious character', () => {
    expect(recordDeathSave(at(5), { roll: 12 })).toMatchObject({ ok: false, reason: 'not-dying' });
  });
});

describe('stabilize and revive', () => {
  it('stabilizes a dying character', () => {
    const result = expectOk(stabilize(downed()));
    expect(result.state.stable).toBe(true);
    expect(isDying(result.state)).toBe(false);
  });

  it('revives the dead with hit points, but not one killed by exhaustion 6 before it is lowered', () => {
    const dead = expectOk(applyDamage(at(5), 50, { maxHitPoints: MAX })).state;
    const result = expectOk(revive(dead, { hitPoints: 1, maxHitPoints: MAX }));
    expect(result.state).toMatchObject({ dead: false, currentHitPoints: 1 });
    expect(revive({ ...dead, exhaustion: 6 }, { hitPoints: 1, maxHitPoints: MAX })).toMatchObject({
      ok: false,
      reason: 'invalid-exhaustion',
    });
    expect(revive(at(5), { hitPoints: 1, maxHitPoints: MAX })).toMatchObject({ ok: false, reason: 'not-dead' });
  });

  it('setCondition unconscious also drops concentration', () => {
    const result = expectOk(setCondition(at(10, { concentration: { spellId: 'bless' } }), 'unconscious'));
    expect(result.state.concentration).toBeNull();
  });
});
