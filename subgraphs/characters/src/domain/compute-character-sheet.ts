import {
  type CharacterBuild,
  type DerivedCharacter,
  type Inventory,
  type RulesCatalog,
  validateWithDerived,
  type ValidationReport,
} from '@grimoire/rules';

import { sheetBuildOf } from './derive-equipment-from-inventory.js';

/** Everything the rules say about a character: the sheet with breakdowns, the validation report. */
export interface CharacterSheet {
  derived: DerivedCharacter;
  validation: ValidationReport;
  /** The catalog it was derived with (SRD plus the owner's homebrew), for item and spell lookups. */
  catalog: RulesCatalog;
}

/**
 * One pass of the rules engine for both (validation derives the sheet on its way), on the build
 * with its equipment taken from the inventory.
 */
export function computeCharacterSheet(
  state: { build: CharacterBuild; inventory: Inventory },
  catalog: RulesCatalog,
): CharacterSheet {
  const { derived, report } = validateWithDerived(sheetBuildOf(state.build, state.inventory), catalog);
  return { derived, validation: report, catalog };
}
