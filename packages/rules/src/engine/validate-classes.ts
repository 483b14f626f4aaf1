import type { Ability } from '../model/basics.js';
import type { ClassDefinition } from '../model/content.js';
import { MAX_LEVEL } from '../tables/proficiency.js';
import { forEachFeature } from './context.js';
import { ABILITY_NAMES } from '../model/basics.js';
import { list, report, type ValidationContext } from './validation-context.js';

/** Species, lineage, size and background references. */
export function validateOrigin(validation: ValidationContext): void {
  const { build, catalog, species } = validation.context;
  if (build.speciesId === undefined) {
    report(validation, 'species.missing', 'speciesId', 'No species is chosen.', 'Choose a species.');
  } else if (!species) {
    report(
      validation,
      'species.unknown',
      'speciesId',
      `Species "${build.speciesId}" is not in the catalog.`,
      'Choose a species from the catalog or an allowed homebrew one.',
    );
  }
  if (build.lineageId !== undefined) {
    const lineage = catalog.lineages.get(build.lineageId);
    if (!lineage)
      report(validation, 'species.lineage.unknown', 'lineageId', `Lineage "${build.lineageId}" is not in the catalog.`);
    else if (species && lineage.speciesId !== species.id)
      report(
        validation,
        'species.lineage.mismatch',
        'lineageId',
        `${lineage.name} is not a lineage of ${species.name}.`,
        `Choose one of: ${list(
          species.lineages.map((entry) => entry.name),
          'or',
        )}.`,
      );
  } else if (species?.lineageRequired) {
    report(
      validation,
      'species.lineage.required',
      'lineageId',
      `${species.name} needs a lineage.`,
      `Choose one of: ${list(
        species.lineages.map((entry) => entry.name),
        'or',
      )}.`,
    );
  }
  if (species && build.size !== undefined && !species.sizes.includes(build.size))
    report(
      validation,
      'species.size',
      'size',
      `${species.name} cannot be ${build.size}.`,
      `Choose ${list(species.sizes, 'or')}.`,
    );
  if (build.backgroundId === undefined)
    report(validation, 'background.missing', 'backgroundId', 'No background is chosen.', 'Choose a background.');
  else if (!validation.context.background)
    report(
      validation,
      'background.unknown',
      'backgroundId',
      `Background "${build.backgroundId}" is not in the catalog.`,
    );
}

function meets(scores: Record<Ability, number>, definition: ClassDefinition): boolean {
  const { allOf, anyOf } = definition.multiclass;
  if (!allOf.every((entry) => scores[entry.ability] >= entry.minimum)) return false;
  return !anyOf || anyOf.length === 0 || anyOf.some((entry) => scores[entry.ability] >= entry.minimum);
}

function requirementText(definition: ClassDefinition): string {
  const parts = definition.multiclass.allOf.map((entry) => `${ABILITY_NAMES[entry.ability]} ${entry.minimum}`);
  const anyOf = definition.multiclass.anyOf ?? [];
  if (anyOf.length > 0)
    parts.push(
      list(
        anyOf.map((entry) => `${ABILITY_NAMES[entry.ability]} ${entry.minimum}`),
        'or',
      ),
    );
  return list(parts);
}

/** Classes, levels, hit point rolls, multiclass prerequisites, subclasses and feature options. */
export function validateClasses(validation: ValidationContext): void {
  const { build, classes, totalLevel } = validation.context;
  if (!Array.isArray(build.classes) || build.classes.length === 0) {
    report(
      validation,
      'classes.missing',
      'classes',
      'A character needs at least one class.',
      'Choose a starting class.',
    );
    return;
  }
  const seen = new Set<string>();
  for (const resolved of classes) {
    const path = `classes[${resolved.index}]`;
    const { entry, definition } = resolved;
    if (seen.has(entry.classId))
      report(
        validation,
        'classes.duplicate',
        `${path}.classId`,
        `${resolved.name} is listed twice.`,
        'Add the levels to the one entry.',
      );
    seen.add(entry.classId);
    if (!definition)
      report(validation, 'classes.unknown', `${path}.classId`, `Class "${entry.classId}" is not in the catalog.`);
    if (!Number.isInteger(entry.level) || entry.level < 1 || entry.level > MAX_LEVEL)
      report(
        validation,
        'classes.level',
        `${path}.level`,
        `A class level is 1 to ${MAX_LEVEL}; ${resolved.name} has ${String(entry.level)}.`,
      );

    if (definition) {
      const rolls = entry.hitPointRolls ?? [];
      rolls.forEach((roll, index) => {
        if (!Number.isInteger(roll) || roll < 1 || roll > definition.hitDie)
          report(
            validation,
            'hit-points.roll',
            `${path}.hitPointRolls[${index}]`,
            `A d${definition.hitDie} roll is 1 to ${definition.hitDie}; ${String(roll)} was recorded.`,
            `Enter the die result, or remove it to take the fixed ${definition.hitDie / 2 + 1}.`,
          );
      });
    }

    if (definition && classes.length > 1 && !meets(validation.scores, definition)) {
      const starting = resolved.index === 0;
      report(
        validation,
        starting ? 'multiclass.prerequisite.starting-class' : 'multiclass.prerequisite.new-class',
        `${path}.classId`,
        starting
          ? `To multiclass out of ${definition.name} you need ${requirementText(definition)}.`
          : `To multiclass into ${definition.name} you need ${requirementText(definition)}.`,
        'Raise the score, or remove the multiclass.',
      );
    }

    validateSubclass(validation, resolved.index);
  }
  if (totalLevel < 1 || totalLevel > MAX_LEVEL)
    report(
      validation,
      'level.range',
      'classes',
      `Character level is 1 to ${MAX_LEVEL}; the class levels add up to ${totalLevel}.`,
      totalLevel > MAX_LEVEL ? 'Remove levels until the total is 20 or less.' : undefined,
    );

  // Feature options: each chosen option must exist; features that offer options want one.
  const chosen = build.featureOptions ?? {};
  const offered = new Map<string, readonly { id: string }[]>();
  for (const resolved of classes) {
    forEachFeature(resolved, (feature) => {
      if (feature.options) offered.set(feature.id, feature.options);
    });
  }
  for (const [featureId, optionId] of Object.entries(chosen)) {
    const options = offered.get(featureId);
    if (!options?.some((option) => option.id === optionId))
      report(
        validation,
        'feature-options.unknown',
        `featureOptions.${featureId}`,
        options
          ? `"${optionId}" is not an option of this feature.`
          : `The character has no feature "${featureId}" with options.`,
        options
          ? `Choose ${list(
              options.map((option) => option.id),
              'or',
            )}.`
          : 'Remove the choice.',
      );
  }
  for (const [featureId, options] of offered)
    if (chosen[featureId] === undefined)
      report(
        validation,
        'feature-options.missing',
        `featureOptions.${featureId}`,
        `A feature option is not chosen yet (${featureId}).`,
        `Choose ${list(
          options.map((option) => option.id),
          'or',
        )}.`,
      );
}

function validateSubclass(validation: ValidationContext, index: number): void {
  const resolved = validation.context.classes[index];
  const { entry, definition } = resolved;
  const path = `classes[${index}].subclassId`;
  if (entry.subclassId === undefined) {
    if (definition && resolved.level >= definition.subclassLevel)
      report(
        validation,
        'subclass.missing',
        path,
        `${definition.name} chooses a subclass at level ${definition.subclassLevel}.`,
        'Choose a subclass.',
      );
    return;
  }
  const subclass = validation.context.catalog.subclasses.get(entry.subclassId);
  if (!subclass) {
    report(validation, 'subclass.unknown', path, `Subclass "${entry.subclassId}" is not in the catalog.`);
    return;
  }
  if (subclass.classId !== entry.classId)
    report(
      validation,
      'subclass.class-mismatch',
      path,
      `${subclass.name} is a subclass of ${validation.context.catalog.classes.get(subclass.classId)?.name ?? subclass.classId}, not ${resolved.name}.`,
    );
  else if (definition && resolved.level < definition.subclassLevel)
    report(
      validation,
      'subclass.level',
      path,
      `${definition.name} chooses a subclass at level ${definition.subclassLevel}; this character has ${resolved.level}.`,
      `Remove the subclass until ${definition.name} ${definition.subclassLevel}.`,
    );
}
