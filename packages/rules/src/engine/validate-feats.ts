import { ABILITIES, type Ability } from '../model/basics.js';
import type { ClassDefinition, FeatCategory } from '../model/content.js';
import { featuresUpTo, forEachFeature, listOf } from './context.js';
import { ABILITY_NAMES } from '../model/basics.js';
import { list, report, type ValidationContext } from './validation-context.js';

interface FeatSlot {
  classId: string;
  level: number;
  /** A slot that only takes feats of one category (Fighting Style). */
  category: FeatCategory | undefined;
  used: boolean;
}

const EPIC_BOON_LEVEL = 19;

// Per class record and class level: the levels whose feat slot takes any feat (ASI levels, features
// that grant a feat or an Epic Boon), in the order slots are listed. Catalog records are immutable
// data, so this is worked out once per record and level.
const openSlotLevels = new WeakMap<ClassDefinition, (readonly number[] | undefined)[]>();

function openFeatLevels(definition: ClassDefinition, classLevel: number): readonly number[] {
  let byLevel = openSlotLevels.get(definition);
  if (!byLevel) openSlotLevels.set(definition, (byLevel = []));
  return (byLevel[classLevel] ??= computeOpenFeatLevels(definition, classLevel));
}

function computeOpenFeatLevels(definition: ClassDefinition, classLevel: number): readonly number[] {
  const open = new Set<number>(definition.featLevels.filter((level) => level <= classLevel));
  for (const feature of featuresUpTo(definition, classLevel))
    if (feature.grantsFeatChoice || feature.grantsEpicBoon) open.add(feature.level);
  return [...open];
}

/** The feat slots a build has: class feat levels (ASI, Epic Boon) and features that grant a feat. */
function featSlots(validation: ValidationContext): FeatSlot[] {
  const slots: FeatSlot[] = [];
  for (const resolved of validation.context.classes) {
    const definition = resolved.definition;
    if (!definition) continue;
    for (const level of openFeatLevels(definition, resolved.level))
      slots.push({ classId: definition.id, level, category: undefined, used: false });
    forEachFeature(resolved, (feature) => {
      if (feature.grantsFeatCategory)
        slots.push({ classId: definition.id, level: feature.level, category: feature.grantsFeatCategory, used: false });
    });
  }
  return slots;
}

/** Feat references, sources and slots, prerequisites, repeatability and chosen increases. */
export function validateFeats(validation: ValidationContext): void {
  const { build, catalog, background, species, lineage, totalLevel } = validation.context;
  const { derived, scores } = validation;
  const feats = listOf(build.feats);
  const slots = featSlots(validation);
  const taken = new Set<string>();
  let classLevelFeats = 0;
  let backgroundFeats = 0;
  let speciesFeats = 0;
  const speciesFeatSlots = [...(species?.traits ?? []), ...(lineage?.traits ?? [])].filter(
    (trait) => trait.grantsOriginFeat,
  ).length;
  const hasFightingStyle = slots.some((slot) => slot.category === 'fighting-style');

  feats.forEach((choice, index) => {
    const path = `feats[${index}]`;
    const feat = catalog.feats.get(choice.featId);
    if (!feat) {
      report(validation, 'feats.unknown', `${path}.featId`, `Feat "${choice.featId}" is not in the catalog.`);
      return;
    }
    if (taken.has(feat.id) && !feat.repeatable)
      report(
        validation,
        'feats.repeatable',
        `${path}.featId`,
        `${feat.name} can be taken only once.`,
        'Choose a different feat.',
      );
    taken.add(feat.id);

    // Prerequisites.
    const prerequisites = feat.prerequisites;
    if (feat.category === 'epic-boon') {
      if (totalLevel < EPIC_BOON_LEVEL)
        report(
          validation,
          'feats.epic-boon.level',
          `${path}.featId`,
          `${feat.name} is an Epic Boon, available from level ${EPIC_BOON_LEVEL}; this character is level ${totalLevel}.`,
          'Take it at level 19 or later.',
        );
    } else if (prerequisites.minimumLevel !== undefined && totalLevel < prerequisites.minimumLevel) {
      report(
        validation,
        'feats.prerequisite.level',
        `${path}.featId`,
        `${feat.name} needs character level ${prerequisites.minimumLevel}.`,
      );
    }
    const abilities = prerequisites.abilities ?? [];
    if (abilities.length > 0 && !abilities.some((entry) => scores[entry.ability] >= entry.minimum))
      report(
        validation,
        'feats.prerequisite.ability',
        `${path}.featId`,
        `${feat.name} needs ${list(
          abilities.map((entry) => `${ABILITY_NAMES[entry.ability]} ${entry.minimum}`),
          'or',
        )}.`,
      );
    const feature = prerequisites.feature ?? (feat.category === 'fighting-style' ? 'fighting-style' : undefined);
    if (feature) {
      const met =
        feature === 'fighting-style'
          ? hasFightingStyle
          : feature === 'spellcasting'
            ? derived.spellcasting.length > 0
            : derived.proficiencies.armor.includes(feature === 'light-armor' ? 'light' : 'medium');
      const needs = {
        'fighting-style': 'the Fighting Style feature',
        spellcasting: 'the Spellcasting or Pact Magic feature',
        'light-armor': 'Light armor training',
        'medium-armor': 'Medium armor training',
      }[feature];
      if (!met) report(validation, 'feats.prerequisite.feature', `${path}.featId`, `${feat.name} needs ${needs}.`);
    }

    // Chosen ability increases.
    const increases = choice.abilityIncreases;
    if (increases) {
      const chosen: Ability[] = [];
      let total = 0;
      for (const ability of ABILITIES) {
        const amount = increases[ability] ?? 0;
        if (amount === 0) continue;
        chosen.push(ability);
        total += amount;
      }
      const rule = feat.abilityIncrease;
      if (!rule) {
        if (chosen.length > 0)
          report(
            validation,
            'feats.ability-increase',
            `${path}.abilityIncreases`,
            `${feat.name} does not increase ability scores.`,
            'Remove the increases.',
          );
      } else {
        for (const ability of chosen)
          if (!rule.from.includes(ability) || increases[ability]! < 0 || !Number.isInteger(increases[ability]))
            report(
              validation,
              'feats.ability-increase',
              `${path}.abilityIncreases.${ability}`,
              `${feat.name} cannot increase ${ABILITY_NAMES[ability]}.`,
              `Choose among ${list(
                rule.from.map((entry) => ABILITY_NAMES[entry]),
                'or',
              )}.`,
            );
        if (total > rule.amount)
          report(
            validation,
            'feats.ability-increase',
            `${path}.abilityIncreases`,
            `${feat.name} gives ${rule.amount} point${rule.amount > 1 ? 's' : ''} of increases; ${total} are assigned.`,
          );
      }
    }

    // Where it came from.
    switch (choice.source?.kind) {
      case 'background':
        backgroundFeats++;
        if (background && (feat.id !== background.featId || backgroundFeats > 1))
          report(
            validation,
            'feats.background.mismatch',
            `${path}.featId`,
            `${background.name} grants ${catalog.feats.get(background.featId)?.name ?? background.featId}, not ${feat.name}.`,
            'Take the background’s origin feat.',
          );
        break;
      case 'species':
        speciesFeats++;
        if (speciesFeats > speciesFeatSlots || feat.category !== 'origin')
          report(
            validation,
            'feats.species',
            `${path}.source`,
            speciesFeatSlots === 0
              ? 'This species does not grant a feat.'
              : `Your species grants ${speciesFeatSlots} origin feat${speciesFeatSlots > 1 ? 's' : ''}; ${feat.name} ${feat.category === 'origin' ? 'is one too many' : 'is not an origin feat'}.`,
          );
        break;
      case 'class-level': {
        classLevelFeats++;
        const { classId, level } = choice.source;
        const candidates = slots.filter((slot) => !slot.used && slot.classId === classId && slot.level === level);
        const slot = candidates.find((entry) => entry.category === undefined || entry.category === feat.category);
        if (slot) slot.used = true;
        else if (candidates.length > 0)
          report(
            validation,
            'feats.slot-category',
            `${path}.source`,
            `That feature grants a ${candidates[0].category} feat; ${feat.name} is ${feat.category}.`,
            `Choose a ${candidates[0].category} feat.`,
          );
        else
          report(
            validation,
            'feats.slot',
            `${path}.source`,
            `No free feat at ${catalog.classes.get(classId)?.name ?? classId} level ${level} for ${feat.name}.`,
            'Record the feat at a class level that grants one (Ability Score Improvement, Epic Boon, Fighting Style) and that is not taken yet.',
          );
        break;
      }
      case 'other':
      case undefined:
        break;
    }
  });

  if (background && backgroundFeats === 0)
    report(
      validation,
      'feats.background.missing',
      'feats',
      `${background.name} grants the ${catalog.feats.get(background.featId)?.name ?? background.featId} feat, which is missing.`,
      'Add it with source “background”.',
    );
  const classSlots = slots.length;
  if (classLevelFeats > classSlots)
    report(
      validation,
      'feats.count',
      'feats',
      `Your class levels grant ${classSlots} feat${classSlots === 1 ? '' : 's'}; ${classLevelFeats} are recorded from class levels.`,
      'Remove the extra feats.',
    );
  const free = slots.filter((slot) => !slot.used);
  if (free.length > 0 && classLevelFeats <= classSlots)
    report(
      validation,
      'feats.slots-remaining',
      'feats',
      `${free.length} feat${free.length > 1 ? 's are' : ' is'} still to choose (${free.map((slot) => `${catalog.classes.get(slot.classId)?.name ?? slot.classId} ${slot.level}`).join(', ')}).`,
      'Choose an Ability Score Improvement or a feat.',
    );
}
