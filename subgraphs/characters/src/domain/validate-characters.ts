import { SRD_CATALOG } from '@grimoire/rules';

import type { CreateCharacterData } from './character-input.js';
import { type CharacterSheet, computeCharacterSheet } from './compute-character-sheet.js';
import { type ItemFailure, itemFailureOf } from './item-failure.js';
import { catalogForInputs, checkBulkSize, type CreateCharacterDeps, stateFromInput } from './create-character.js';

export interface ValidateItemResult {
  index: number;
  sheet: CharacterSheet | null;
  errors: ItemFailure[];
}

/** Checks up to 100 creation inputs without writing anything: input errors, or the validation report. */
export async function validateCharacters(
  deps: CreateCharacterDeps,
  ownerId: string,
  inputs: readonly CreateCharacterData[],
): Promise<ValidateItemResult[]> {
  checkBulkSize(inputs.length, 'inputs');
  const catalog = inputs.length ? await catalogForInputs(deps, ownerId, inputs) : SRD_CATALOG;
  return inputs.map((input, index) => {
    try {
      const state = stateFromInput(input, catalog, `inputs.${index}`);
      return { index, sheet: computeCharacterSheet(state, catalog), errors: [] };
    } catch (error) {
      return { index, sheet: null, errors: [itemFailureOf(error)] };
    }
  });
}
