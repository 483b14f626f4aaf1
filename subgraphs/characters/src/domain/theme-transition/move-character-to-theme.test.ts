import { type CharacterBuild, type Inventory, SRD_CATALOG } from '@grimoire/rules';
import { describe, expect, it } from 'vitest';

import type { CharacterState } from '../character-state.js';
import { moveCharacterToTheme } from './move-character-to-theme.js';

const inventory: Inventory = {
  entries: [
    { entryId: 'sword', itemId: 'longsword', quantity: 1, equipped: true, attuned: false, containerId: null },
    { entryId: 'rope', itemId: 'rope', quantity: 1, equipped: false, attuned: false, containerId: null },
  ],
  currency: { cp: 0, sp: 0, ep: 0, gp: 12, pp: 0 },
};

const state: CharacterState = {
  name: 'Brakka',
  edition: '2024',
  isTemplate: false,
  theme: 'HIGH_FANTASY',
  build: { edition: '2024', classes: [{ classId: 'fighter', level: 3 }] } as unknown as CharacterBuild,
  inventory,
  playState: { hitPointsLost: 4 } as unknown as CharacterState['playState'],
};

describe('moveCharacterToTheme', () => {
  it('sets the theme, adapts items by policy and keeps everything else', () => {
    const outcome = moveCharacterToTheme(
      state,
      { theme: 'STEAMPUNK', policy: 'ADAPT', overrides: [{ entryId: 'rope', policy: 'KEEP' }] },
      SRD_CATALOG,
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.state.theme).toBe('STEAMPUNK');
    expect(outcome.state.build).toBe(state.build);
    expect(outcome.state.playState).toBe(state.playState);
    expect(outcome.state.inventory.currency).toEqual(inventory.currency);
    expect(outcome.state.inventory.entries[0].themed?.name).toBe('Clockwork Longsword');
    expect(outcome.state.inventory.entries[1]).toBe(inventory.entries[1]);
    expect(outcome.changes).toEqual([
      { path: 'theme', from: 'HIGH_FANTASY', to: 'STEAMPUNK' },
      {
        path: 'inventory.entries[0].themed',
        from: { name: 'Longsword', theme: null },
        to: { name: 'Clockwork Longsword', theme: 'STEAMPUNK', policy: 'ADAPT' },
      },
    ]);
  });

  it('records nothing when the character is already there (a redelivered event changes nothing)', () => {
    const first = moveCharacterToTheme(state, { theme: 'PIRATE', policy: 'ADAPT' }, SRD_CATALOG);
    if (!first.ok) throw new Error(first.message);
    const again = moveCharacterToTheme(first.state, { theme: 'PIRATE', policy: 'ADAPT' }, SRD_CATALOG);
    expect(again).toMatchObject({ ok: true, changes: [] });
  });
});
