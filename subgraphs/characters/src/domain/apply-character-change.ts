import { badUserInput, conflict, notFound, type PubSub } from '@grimoire/platform';

import type { CharactersDb, CharactersTx } from '../db/database.js';
import { insertCharacterVersions } from '../db/queries/character-versions.js';
import { lockCharacterById, updateCharacterState } from '../db/queries/characters.js';
import type { CharacterRow, CharacterVersionRow } from '../db/tables/index.js';
import { type AuthorizeCharacterChange, ownerOnly } from './authorize-character-change.js';
import { type CharacterChange, type CharacterState, diffStates, stateOfRow } from './character-state.js';
import { publishCharacterChanged } from './publish-character-events.js';

/**
 * THE way a character changes. Every mutation that changes a character (edits, level up, restore,
 * and later play state, inventory, spells, journal) goes through `applyCharacterChange`:
 *
 *   1. In one transaction, load the row `FOR UPDATE` (concurrent changes to one character queue
 *      up here, so deltas never lose each other's work).
 *   2. `authorize(row, actorId)`: throws FORBIDDEN; default `ownerOnly`. Play-state changes pass a
 *      hook that also lets the campaign's game master in.
 *   3. `expectedVersion`: when given and not the current version → CONFLICT with
 *      `extensions.currentVersion`. Absolute edits (a new build, a restore) pass it; deltas (take
 *      5 damage, spend a slot) leave it out, because they apply to whatever the state is now.
 *   4. `change(state, row)`: a PURE function from the current state to the next, or a typed
 *      failure `{ ok: false, message, field }` → BAD_USER_INPUT naming the field. It may also
 *      throw a platform error. It may return its own change records (`changes`, e.g. the play
 *      rules' events); otherwise the JSON diff of the two states is recorded.
 *   5. Nothing changed → nothing is written and no event fires (returns the row as it is).
 *   6. Otherwise bump `version`, write the state, append the version row (snapshot, changes,
 *      author, reason), commit, and only then publish `character.changed` (campaigns) and the
 *      `characterChanged` subscription topic.
 *
 * Usage:
 *   await applyCharacterChange(deps, {
 *     characterId, actorId: viewer.userId, expectedVersion, reason: 'Level up: fighter 5',
 *     change: (state) => { const result = levelUp(state.build, input, catalog);
 *       return result.ok ? { ok: true, state: { ...state, build: result.build } }
 *                        : { ok: false, message: result.message, field: `input.${result.path}` }; },
 *   });
 */
export interface CharacterChangeRequest {
  /** A well-formed uuid (parse it with `parseId` first). */
  characterId: string;
  actorId: string;
  expectedVersion?: number | null | undefined;
  /** Why, in words a player reads in the history ("Level up: Fighter 5"). */
  reason: string;
  authorize?: AuthorizeCharacterChange;
  change: CharacterChangeFunction;
  /** The campaign table event this change applies or reverts (recorded on the version). */
  tableEventId?: string | undefined;
  /** The campaign theme transition this change applies (recorded on the version). */
  themeTransitionId?: string | undefined;
}

export type CharacterChangeFunction = (state: CharacterState, row: CharacterRow) => CharacterChangeOutcome;

export type CharacterChangeOutcome =
  { ok: true; state: CharacterState; changes?: CharacterChange[] } | { ok: false; message: string; field?: string };

export interface AppliedCharacterChange {
  row: CharacterRow;
  /** Null when the change changed nothing. */
  version: CharacterVersionRow | null;
  changes: CharacterChange[];
}

export interface CharacterChangeDeps {
  db: CharactersDb;
  pubsub: PubSub;
}

export async function applyCharacterChange(
  deps: CharacterChangeDeps,
  request: CharacterChangeRequest,
): Promise<AppliedCharacterChange> {
  const applied = await deps.db.transaction((tx) => applyCharacterChangeInTransaction(tx, request));
  if (applied.version) publishCharacterChanged(deps.pubsub, applied.row.id, applied.row.version);
  return applied;
}

/**
 * Steps 1–6 inside a transaction the caller owns (an event consumer commits the change with its
 * processed mark). The caller publishes `publishCharacterChanged` after its commit.
 */
export async function applyCharacterChangeInTransaction(
  tx: CharactersTx,
  request: CharacterChangeRequest,
): Promise<AppliedCharacterChange> {
  const row = await lockCharacterById(tx, request.characterId);
  if (!row) throw notFound(`No character has id ${request.characterId}.`, { field: 'id' });
  await (request.authorize ?? ownerOnly)(row, request.actorId);
  checkExpectedVersion(row, request.expectedVersion);

  const before = stateOfRow(row);
  const outcome = request.change(before, row);
  if (!outcome.ok) throw badUserInput(outcome.message, outcome.field ? { field: outcome.field } : {});
  const changes = outcome.changes ?? diffStates(before, outcome.state);
  if (changes.length === 0) return { row, version: null, changes };

  const after = outcome.state;
  const updated = await updateCharacterState(tx, row.id, {
    name: after.name,
    edition: after.build.edition,
    isTemplate: after.isTemplate,
    theme: after.theme,
    build: after.build,
    inventory: after.inventory,
    playState: after.playState,
    version: row.version + 1,
  });
  const [version] = await insertCharacterVersions(tx, [
    {
      characterId: row.id,
      version: updated.version,
      snapshot: { ...after, edition: after.build.edition },
      changes,
      authorId: request.actorId,
      reason: request.reason,
      tableEventId: request.tableEventId ?? null,
      themeTransitionId: request.themeTransitionId ?? null,
    },
  ]);
  return { row: updated, version, changes };
}

export function checkExpectedVersion(row: CharacterRow, expectedVersion: number | null | undefined): void {
  if (expectedVersion === null || expectedVersion === undefined) return;
  if (expectedVersion !== row.version) {
    throw conflict(
      `The character changed since you loaded it: it is at version ${row.version}, not ${expectedVersion}. ` +
        'Reload it and apply your change again.',
      { field: 'expectedVersion', currentVersion: row.version },
    );
  }
}
