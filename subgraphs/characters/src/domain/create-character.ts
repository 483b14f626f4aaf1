import { randomUUID } from 'node:crypto';

import { badUserInput, type PubSub, validateInput } from '@grimoire/platform';
import { ROOT_THEME, type RulesCatalog, SRD_CATALOG } from '@grimoire/rules';

import type { CatalogClient } from '../clients/catalog-client.js';

import type { CharactersDb, CharactersExecutor } from '../db/database.js';
import { insertCharacterVersions } from '../db/queries/character-versions.js';
import { insertCharacters } from '../db/queries/characters.js';
import type { CharacterRow } from '../db/tables/index.js';
import { buildCharacterFromInput } from './build-character-from-input.js';
import { type CreateCharacterData, createCharacterSchema } from './character-input.js';
import { type CharacterState, diffStates, emptyInventory } from './character-state.js';
import { moveEquipmentIntoInventory } from './derive-equipment-from-inventory.js';
import { type ItemFailure, itemFailureOf } from './item-failure.js';
import { publishCharacterChanged } from './publish-character-events.js';
import { catalogForOwner, homebrewIdsIn } from './rules-catalog.js';

export interface CreateCharacterDeps {
  db: CharactersDb;
  pubsub: PubSub;
  catalog: CatalogClient;
  requestId?: string;
}

/** The SRD plus the owner's homebrew that the inputs mention (one catalog read for all of them). */
export function catalogForInputs(deps: CreateCharacterDeps, ownerId: string, inputs: unknown): Promise<RulesCatalog> {
  return catalogForOwner(
    (owner, ids) => deps.catalog.homebrewContent(owner, ids, deps.requestId),
    ownerId,
    homebrewIdsIn(inputs),
  );
}

export const BULK_MAX = 100;

/** The state a creation input describes, or the BAD_USER_INPUT error it earns. */
export function stateFromInput(
  input: CreateCharacterData,
  catalog: RulesCatalog = SRD_CATALOG,
  fieldPrefix = 'input',
): CharacterState {
  const valid = validateInput(createCharacterSchema, input, fieldPrefix);
  const outcome = buildCharacterFromInput(valid, catalog);
  if (!outcome.ok) {
    const field = outcome.field.replace(/^input/, fieldPrefix);
    throw badUserInput(outcome.message.replace(/^input/, fieldPrefix), { field });
  }
  const inventory = emptyInventory();
  // Starting equipment and the items entered land in the inventory, where items live.
  return moveEquipmentIntoInventory(
    {
      name: valid.name,
      edition: outcome.build.edition,
      isTemplate: false,
      theme: ROOT_THEME,
      build: outcome.build,
      inventory: { ...inventory, currency: { ...inventory.currency, gp: outcome.startingGold } },
      playState: null,
    },
    randomUUID,
  );
}

/**
 * Inserts characters with their version 1 (the whole state, every field as a change from
 * nothing), in one transaction of two statements whatever the count; publishes after commit.
 */
export async function insertCharacterStates(
  deps: { db: CharactersDb; pubsub: PubSub },
  ownerId: string,
  states: readonly CharacterState[],
  reason: string,
  tx?: CharactersExecutor,
): Promise<CharacterRow[]> {
  if (states.length === 0) return [];
  const write = async (executor: CharactersExecutor) => {
    const rows = await insertCharacters(
      executor,
      states.map((state) => ({
        ownerId,
        name: state.name,
        edition: state.build.edition,
        isTemplate: state.isTemplate,
        theme: state.theme,
        build: state.build,
        inventory: state.inventory,
        playState: state.playState,
        version: 1,
      })),
    );
    await insertCharacterVersions(
      executor,
      rows.map((row, index) => ({
        characterId: row.id,
        version: 1,
        snapshot: states[index],
        changes: diffStates({}, states[index]),
        authorId: ownerId,
        reason,
      })),
    );
    return rows;
  };
  const rows = tx ? await write(tx) : await deps.db.transaction(write);
  if (!tx) for (const row of rows) publishCharacterChanged(deps.pubsub, row.id, row.version);
  return rows;
}

/** Creates one character owned by `ownerId`; nothing is written on bad input. */
export async function createCharacter(
  deps: CreateCharacterDeps,
  ownerId: string,
  input: CreateCharacterData,
): Promise<CharacterRow> {
  const state = stateFromInput(input, await catalogForInputs(deps, ownerId, input));
  const [row] = await insertCharacterStates(deps, ownerId, [state], 'Created');
  return row;
}

export interface BulkItemResult {
  index: number;
  character: CharacterRow | null;
  errors: ItemFailure[];
}

export function checkBulkSize(count: number, field: string): void {
  if (count > BULK_MAX) throw badUserInput(`${field}: at most ${BULK_MAX} items, got ${count}`, { field });
}

/**
 * Creates up to 100 characters: the valid items are created (in one transaction), each invalid
 * one reports its errors; the result has one entry per input, in order.
 */
export async function createCharacters(
  deps: CreateCharacterDeps,
  ownerId: string,
  inputs: readonly CreateCharacterData[],
): Promise<BulkItemResult[]> {
  checkBulkSize(inputs.length, 'inputs');
  const catalog = await catalogForInputs(deps, ownerId, inputs);
  const results: BulkItemResult[] = inputs.map((_, index) => ({ index, character: null, errors: [] }));
  const valid: { index: number; state: CharacterState }[] = [];
  inputs.forEach((input, index) => {
    try {
      valid.push({ index, state: stateFromInput(input, catalog, `inputs.${index}`) });
    } catch (error) {
      results[index].errors.push(itemFailureOf(error));
    }
  });
  const rows = await insertCharacterStates(
    deps,
    ownerId,
    valid.map((item) => item.state),
    'Created (bulk)',
  );
  rows.forEach((row, position) => {
    results[valid[position].index].character = row;
  });
  return results;
}
