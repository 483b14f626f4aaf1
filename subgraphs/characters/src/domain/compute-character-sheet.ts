import {
  type CharacterBuild,
  type DerivedCharacter,
  type RulesCatalog,
  validateWithDerived,
  type ValidationReport,
} from '@grimoire/rules';

/** Everything the rules say about a build: the sheet with breakdowns, and the validation report. */
export interface CharacterSheet {
  derived: DerivedCharacter;
  validation: ValidationReport;
}

/** One pass of the rules engine for both (validation derives the sheet on its way). */
export function computeCharacterSheet(build: CharacterBuild, catalog: RulesCatalog): CharacterSheet {
  const { derived, report } = validateWithDerived(build, catalog);
  return { derived, validation: report };
}
