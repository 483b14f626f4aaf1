import { notFound, parseId, validateInput } from '@grimoire/platform';
import { levelUp, type RulesCatalog, undoLastLevel } from '@grimoire/rules';

import type { CatalogClient } from '../clients/catalog-client.js';
import { findCharacterById } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { catalogIdSchema, type LevelChoicesData, levelChoicesOf, levelChoicesSchema } from './character-input.js';
import { catalogForOwner, homebrewIdsIn } from './rules-catalog.js';
import { expectedVersionSchema } from './validate-character-input.js';

export interface LevelUpDeps extends CharacterChangeDeps {
  catalog: CatalogClient;
  requestId?: string;
}

const levelUpSchema = levelChoicesSchema.extend({ class: catalogIdSchema });

/**
 * The catalog for a change to this character: SRD plus the owner's homebrew that its build and the
 * input mention. Read before the change's transaction (a network call must not hold the row lock).
 */
async function catalogFor(deps: LevelUpDeps, characterId: string, input: unknown): Promise<RulesCatalog> {
  const row = await findCharacterById(deps.db, characterId);
  if (!row) throw notFound(`No character has id ${characterId}.`, { field: 'id' });
  return catalogForOwner(
    (owner, ids) => deps.catalog.homebrewContent(owner, ids, deps.requestId),
    row.ownerId,
    homebrewIdsIn([row.build, input]),
  );
}

/** One more level in a class, with that level's choices (advancement rules); an absolute change. */
export async function levelUpCharacter(
  deps: LevelUpDeps,
  viewerId: string,
  rawId: string,
  rawExpectedVersion: number,
  rawInput: LevelChoicesData,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const expectedVersion = validateInput(expectedVersionSchema, rawExpectedVersion, 'expectedVersion');
  const input = validateInput(levelUpSchema, rawInput);
  const catalog = await catalogFor(deps, characterId, input);
  const choices = levelChoicesOf(input);
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    expectedVersion,
    reason: `Level up: ${catalog.classes.get(input.class)?.name ?? input.class}`,
    change: (state) => {
      const result = levelUp(state.build, { ...choices, classId: input.class }, catalog);
      if (!result.ok)
        return {
          ok: false,
          message: `input.${apiPath(result.path)}: ${result.message}`,
          field: `input.${apiPath(result.path)}`,
        };
      return { ok: true, state: { ...state, build: result.build } };
    },
  });
  return row;
}

/** Takes back the last level exactly as it was gained (from the level history). */
export async function undoLevelUpCharacter(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  rawExpectedVersion: number,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const expectedVersion = validateInput(expectedVersionSchema, rawExpectedVersion, 'expectedVersion');
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    expectedVersion,
    reason: 'Undo last level',
    change: (state) => {
      const result = undoLastLevel(state.build);
      if (!result.ok) return { ok: false, message: `id: ${result.message}`, field: 'id' };
      return { ok: true, state: { ...state, build: result.build } };
    },
  });
  return row;
}

function apiPath(path: string | undefined): string {
  if (!path) return 'class';
  return path.replace(/^classId/, 'class').replace(/^subclassId/, 'subclass');
}
