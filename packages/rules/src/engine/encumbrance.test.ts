import { describe, expect, it } from 'vitest';

import { encumbranceState } from './encumbrance.js';

describe('encumbranceState', () => {
  // STR 10, medium: capacity 150 lb; bands at 50 and 100 lb.
  it.each([
    [0, 'unencumbered'],
    [50, 'unencumbered'],
    [50.5, 'encumbered'],
    [100, 'encumbered'],
    [101, 'heavily-encumbered'],
    [150, 'heavily-encumbered'],
    [151, 'over-capacity'],
  ] as const)('%s lb of 150 is %s', (load, state) => {
    expect(encumbranceState(load, 150)).toBe(state);
  });

  it('scales with size (a large creature with STR 10 carries 300 lb)', () => {
    expect(encumbranceState(150, 300)).toBe('encumbered');
    expect(encumbranceState(0, 0)).toBe('unencumbered');
    expect(encumbranceState(1, 0)).toBe('over-capacity');
  });
});
