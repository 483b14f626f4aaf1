import {
  type CharacterBuild,
  type Edition,
  type Inventory,
  type PlayState,
  ROOT_THEME,
  type ThemeId,
} from '@grimoire/rules';

import type { CharacterRow } from '../db/tables/index.js';

/**
 * Everything a version captures: what a change function receives and returns, what a version
 * row's `snapshot` holds, and what export/import carry. Ids, owner and timestamps are not state.
 */
export interface CharacterState {
  name: string;
  edition: Edition;
  isTemplate: boolean;
  /** The campaign theme it is told in (a campaign's theme transition changes it). */
  theme: ThemeId;
  build: CharacterBuild;
  inventory: Inventory;
  /** Null: fresh (full hit points, nothing spent); see `playStateOf`. */
  playState: PlayState | null;
}

/** Versions and exports written before themes existed have no `theme` (read as the root theme). */
export type CharacterSnapshot = Omit<CharacterState, 'theme'> & { theme?: ThemeId };

/** A snapshot as a full state: a missing theme is the root theme. */
export function stateOfSnapshot(snapshot: CharacterSnapshot): CharacterState {
  return { ...snapshot, theme: snapshot.theme ?? ROOT_THEME };
}

/** One difference between two states: a JSON path (`build.classes[0].level`) and both values. */
export interface CharacterChange {
  path: string;
  from: unknown;
  to: unknown;
}

export function stateOfRow(row: CharacterRow): CharacterState {
  return {
    name: row.name,
    edition: row.edition as Edition,
    isTemplate: row.isTemplate,
    theme: row.theme,
    build: row.build,
    inventory: row.inventory,
    playState: row.playState ?? null,
  };
}

/** An empty inventory: no items, no coins. */
export function emptyInventory(): Inventory {
  return { entries: [], currency: { cp: 0, sp: 0, ep: 0, gp: 0, pp: 0 } };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The changes that turn `before` into `after`, by JSON path. Objects are compared key by key;
 * arrays of equal length element by element, otherwise as a whole (an added or removed entry
 * shows as the list before and after, which reads better than shifted indexes).
 */
export function diffStates(before: unknown, after: unknown, path = ''): CharacterChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffStates(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    return before.flatMap((item, index) => diffStates(item, after[index], `${path}[${index}]`));
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, from: before ?? null, to: after ?? null }];
}
