import { randomUUID } from 'node:crypto';

import {
  badUserInput,
  connectionPage,
  decodeCursor,
  forbidden,
  notFound,
  type Page,
  parseId,
  validateInput,
  parsePageSize,
} from '@grimoire/platform';
import { z } from 'zod';

import type { CharactersDb } from '../db/database.js';
import type { CharactersLoaders } from '../db/loaders.js';
import { findCharacterVersion, setVersionMilestone } from '../db/queries/character-versions.js';
import { findCharacterById } from '../db/queries/characters.js';
import type { CharacterRow, CharacterVersionRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { type CharacterChange, diffStates, stateOfSnapshot } from './character-state.js';
import { moveEquipmentIntoInventory } from './derive-equipment-from-inventory.js';
import { expectedVersionSchema } from './validate-character-input.js';

const versionSchema = z.number().int('must be a whole number').min(1, 'must be at least 1');
const milestoneSchema = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');

/** A page of a character's versions, newest first; the cursor is the last version seen. */
export async function listCharacterVersions(
  loaders: CharactersLoaders,
  characterId: string,
  page: { first?: number | null; after?: string | null },
): Promise<Page<CharacterVersionRow>> {
  const first = parsePageSize(page.first);
  let before: number | null = null;
  if (page.after) {
    const [version] = decodeCursor(page.after, 1);
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      throw badUserInput('The cursor is not valid. Pass an endCursor from a previous page.', { field: 'after' });
    }
    before = version;
  }
  const rows = await loaders.versionsPage.load({ characterId, limit: first + 1, before });
  return connectionPage(rows, first, (row) => [row.version]);
}

async function requireVersion(
  loaders: CharactersLoaders,
  characterId: string,
  rawVersion: number,
  field: string,
): Promise<CharacterVersionRow> {
  const version = validateInput(versionSchema, rawVersion, field);
  const row = await loaders.versionByKey.load({ characterId, version });
  if (!row) throw notFound(`Character ${characterId} has no version ${version}.`, { field });
  return row;
}

/** One version (readable like the character itself); null when the character is unknown. */
export async function getCharacterVersion(
  loaders: CharactersLoaders,
  rawId: string,
  rawVersion: number,
): Promise<CharacterVersionRow | null> {
  const characterId = parseId(rawId, 'id');
  const version = validateInput(versionSchema, rawVersion, 'version');
  return loaders.versionByKey.load({ characterId, version });
}

/** What changed from version `from` to version `to` (either order), as a list of changes. */
export async function diffCharacterVersions(
  loaders: CharactersLoaders,
  rawId: string,
  rawFrom: number,
  rawTo: number,
): Promise<CharacterChange[]> {
  const characterId = parseId(rawId, 'id');
  if (!(await loaders.characterById.load(characterId)))
    throw notFound(`No character has id ${characterId}.`, { field: 'id' });
  const [from, to] = await Promise.all([
    requireVersion(loaders, characterId, rawFrom, 'from'),
    requireVersion(loaders, characterId, rawTo, 'to'),
  ]);
  return diffStates(from.snapshot, to.snapshot);
}

/**
 * Restores an old version as a NEW version (history is never rewritten). The template flag is
 * kept as it is now: sharing a character is not part of its sheet.
 */
export async function restoreCharacterVersion(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  rawVersion: number,
  rawExpectedVersion: number,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const version = validateInput(versionSchema, rawVersion, 'version');
  const expectedVersion = validateInput(expectedVersionSchema, rawExpectedVersion, 'expectedVersion');
  const old = await findCharacterVersion(deps.db, characterId, version);
  // A version from before items moved into the inventory still lists them in its build.
  const snapshot = old ? moveEquipmentIntoInventory(old.snapshot, randomUUID) : null;
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    expectedVersion,
    reason: `Restored version ${version}`,
    change: (state) => {
      if (!snapshot)
        return { ok: false, message: `version: character ${characterId} has no version ${version}`, field: 'version' };
      return { ok: true, state: { ...stateOfSnapshot(snapshot), isTemplate: state.isTemplate } };
    },
  });
  return row;
}

/**
 * Names a version ("Before the dragon"), or clears the name with null. A label on history, not a
 * change to the character, so it appends no version. Owner only.
 */
export async function markCharacterMilestone(
  db: CharactersDb,
  viewerId: string,
  rawId: string,
  rawVersion: number,
  rawName: string | null,
): Promise<CharacterVersionRow> {
  const characterId = parseId(rawId, 'id');
  const version = validateInput(versionSchema, rawVersion, 'version');
  const name = rawName === null ? null : validateInput(milestoneSchema, rawName, 'name');
  const character = await findCharacterById(db, characterId);
  if (!character) throw notFound(`No character has id ${characterId}.`, { field: 'id' });
  if (character.ownerId !== viewerId) throw forbidden('Only the owner of this character may change it.');
  const row = await setVersionMilestone(db, characterId, version, name);
  if (!row) throw notFound(`Character ${characterId} has no version ${version}.`, { field: 'version' });
  return row;
}
