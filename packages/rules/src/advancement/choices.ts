import { ABILITIES, ABILITY_NAMES, type Ability, type AbilityScores, SKILLS, type SkillId } from '../model/basics.js';
import type { CharacterBuild, FeatChoice } from '../model/character-build.js';
import type { ClassDefinition, ClassSpellcasting, Feat, RulesCatalog } from '../model/content.js';
import { type RuleFailure, failure } from '../play/result.js';
import { ABILITY_SCORE_CAP } from '../tables/abilities.js';

export type AdvancementFailureReason =
  | 'unknown-class'
  | 'unknown-subclass'
  | 'unknown-species'
  | 'unknown-lineage'
  | 'unknown-background'
  | 'unknown-feat'
  | 'unknown-spell'
  | 'unknown-item'
  | 'invalid-level'
  | 'max-level'
  | 'multiclass-prerequisites'
  | 'subclass-required'
  | 'subclass-not-allowed'
  | 'invalid-hit-points'
  | 'feat-required'
  | 'feat-not-allowed'
  | 'feat-prerequisites'
  | 'feat-already-taken'
  | 'invalid-ability-increase'
  | 'invalid-skills'
  | 'invalid-expertise'
  | 'feature-option-required'
  | 'invalid-feature-option'
  | 'invalid-spells'
  | 'lineage-required'
  | 'size-required'
  | 'invalid-size'
  | 'invalid-ability-scores'
  | 'invalid-background-increases'
  | 'equipment-choice-required'
  | 'invalid-equipment-choice'
  | 'no-level-history'
  | 'history-mismatch'
  | 'cannot-undo-first-level';

export type AdvancementFailure = RuleFailure<AdvancementFailureReason>;
export type AdvancementResult = { ok: true; build: CharacterBuild } | AdvancementFailure;

/** A feat the player picks; where it comes from is known from the step that grants it. */
export interface FeatInput {
  featId: string;
  /** For feats with an ability increase (the ASI feat: +2 to one or +1 to two). */
  abilityIncreases?: Partial<Record<Ability, number>>;
  /** Skills chosen by feats like Skilled. */
  skills?: readonly SkillId[];
}

/**
 * Scores as the prerequisite rules read them: base, background increases and feat increases,
 * each capped at 20. Magic items and features that raise the cap are the sheet's business
 * (`deriveCharacter`); prerequisites are about the character's own scores.
 */
export function abilityScoresOf(build: CharacterBuild): AbilityScores {
  const scores = { ...build.abilityScores.base };
  const add = (increases: Partial<Record<Ability, number>> | undefined): void => {
    for (const ability of ABILITIES) {
      const amount = increases?.[ability] ?? 0;
      if (amount > 0)
        scores[ability] = Math.max(scores[ability], Math.min(ABILITY_SCORE_CAP, scores[ability] + amount));
    }
  };
  add(build.backgroundIncreases);
  for (const feat of build.feats) add(feat.abilityIncreases);
  return scores;
}

export function characterLevel(build: CharacterBuild): number {
  return build.classes.reduce((sum, entry) => sum + entry.level, 0);
}

/** Highest spell level a class can prepare at a class level, by its own table (2024). */
export function maxSpellLevel(spellcasting: ClassSpellcasting, classLevel: number): number {
  if (classLevel < spellcasting.startsAtLevel) return 0;
  const fullCaster = (level: number): number => Math.min(9, Math.ceil(level / 2));
  switch (spellcasting.progression) {
    case 'full':
      return fullCaster(classLevel);
    case 'half':
      return fullCaster(Math.ceil(classLevel / 2));
    case 'third':
      return fullCaster(Math.ceil(classLevel / 3));
    case 'pact':
      // Pact Magic slots stop at 5th level; Mystic Arcanum adds one spell of 6th–9th at 11, 13, 15, 17.
      if (classLevel >= 11) return Math.min(9, 6 + Math.floor((classLevel - 11) / 2));
      return Math.min(5, Math.ceil(classLevel / 2));
  }
}

/** What keeps a character with these scores out of (or in) a class as a multiclass, or null. */
export function multiclassProblem(definition: ClassDefinition, scores: AbilityScores): string | null {
  const { allOf, anyOf } = definition.multiclass;
  const missing = allOf.filter((rule) => scores[rule.ability] < rule.minimum);
  if (missing.length > 0)
    return `${definition.name} needs ${missing.map((rule) => `${ABILITY_NAMES[rule.ability]} ${rule.minimum}`).join(' and ')}`;
  if (anyOf && anyOf.length > 0 && !anyOf.some((rule) => scores[rule.ability] >= rule.minimum))
    return `${definition.name} needs ${anyOf.map((rule) => `${ABILITY_NAMES[rule.ability]} ${rule.minimum}`).join(' or ')}`;
  return null;
}

/** Whether the build (as it will be after this level) has the feature a feat requires. */
function hasFeature(
  build: CharacterBuild,
  feature: NonNullable<Feat['prerequisites']['feature']>,
  catalog: RulesCatalog,
): boolean {
  const classes = build.classes.map((entry, index) => ({
    entry,
    index,
    definition: catalog.classes.get(entry.classId),
    subclass: entry.subclassId === undefined ? undefined : catalog.subclasses.get(entry.subclassId),
  }));
  switch (feature) {
    case 'spellcasting':
      return classes.some(
        ({ entry, definition, subclass }) =>
          (definition?.spellcasting !== undefined && entry.level >= definition.spellcasting.startsAtLevel) ||
          (subclass?.spellcasting !== undefined && entry.level >= subclass.spellcasting.startsAtLevel),
      );
    case 'fighting-style':
      return classes.some(({ entry, definition, subclass }) =>
        [...(definition?.features ?? []), ...(subclass?.features ?? [])].some(
          (candidate) =>
            candidate.level <= entry.level &&
            (candidate.grantsFeatCategory === 'fighting-style' || candidate.id.includes('fighting-style')),
        ),
      );
    case 'light-armor':
    case 'medium-armor': {
      const category = feature === 'light-armor' ? 'light' : 'medium';
      const fromClasses = classes.some(({ index, definition }) =>
        (index === 0 ? definition?.armor : definition?.multiclass.armor)?.includes(category),
      );
      const fromFeats = build.feats.some((choice) =>
        catalog.feats
          .get(choice.featId)
          ?.effects.some((effect) => effect.kind === 'armor-proficiency' && effect.category === category),
      );
      return fromClasses || fromFeats;
    }
  }
}

/**
 * Checks a feat pick and returns the `FeatChoice` to store. `build` is the build as it stands
 * with this level's class change applied (so a level 4 general feat sees level 4), and holds
 * the feats picked earlier in the same level.
 */
export function checkFeat(
  input: FeatInput,
  source: FeatChoice['source'],
  build: CharacterBuild,
  catalog: RulesCatalog,
  path: string,
  requiredCategory?: Feat['category'],
): FeatChoice | AdvancementFailure {
  const feat = catalog.feats.get(input.featId);
  if (!feat) return failure('unknown-feat', `No feat “${input.featId}” in the catalog.`, path);
  if (requiredCategory !== undefined && feat.category !== requiredCategory)
    return failure('feat-not-allowed', `${feat.name} is not a ${requiredCategory} feat.`, path);
  const level = characterLevel(build);
  const scores = abilityScoresOf(build);
  const { prerequisites } = feat;
  const minimumLevel = Math.max(prerequisites.minimumLevel ?? 0, feat.category === 'epic-boon' ? 19 : 0);
  if (level < minimumLevel)
    return failure('feat-prerequisites', `${feat.name} needs character level ${minimumLevel}.`, path);
  if (prerequisites.abilities && prerequisites.abilities.length > 0) {
    if (!prerequisites.abilities.some((rule) => scores[rule.ability] >= rule.minimum))
      return failure(
        'feat-prerequisites',
        `${feat.name} needs ${prerequisites.abilities.map((rule) => `${ABILITY_NAMES[rule.ability]} ${rule.minimum}`).join(' or ')}.`,
        path,
      );
  }
  const feature = prerequisites.feature ?? (feat.category === 'fighting-style' ? 'fighting-style' : undefined);
  if (feature !== undefined && !hasFeature(build, feature, catalog))
    return failure('feat-prerequisites', `${feat.name} needs the ${feature.replace('-', ' ')} feature.`, path);
  if (!feat.repeatable && build.feats.some((choice) => choice.featId === feat.id))
    return failure('feat-already-taken', `${feat.name} can be taken only once.`, path);

  const increases = Object.entries(input.abilityIncreases ?? {}).filter(([, amount]) => amount !== 0) as [
    Ability,
    number,
  ][];
  if (!feat.abilityIncrease) {
    if (increases.length > 0)
      return failure(
        'invalid-ability-increase',
        `${feat.name} does not increase ability scores.`,
        `${path}.abilityIncreases`,
      );
  } else {
    const rule = feat.abilityIncrease;
    const total = increases.reduce((sum, [, amount]) => sum + amount, 0);
    const allowed = increases.every(
      ([ability, amount]) => rule.from.includes(ability) && Number.isInteger(amount) && amount > 0,
    );
    if (!allowed || total !== rule.amount)
      return failure(
        'invalid-ability-increase',
        `${feat.name}: share +${rule.amount} among ${rule.from.map((ability) => ability.toUpperCase()).join(', ')}.`,
        `${path}.abilityIncreases`,
      );
    const over = increases.find(([ability, amount]) => scores[ability] + amount > rule.max);
    if (over)
      return failure(
        'invalid-ability-increase',
        `${feat.name} cannot raise ${ABILITY_NAMES[over[0]]} above ${rule.max} (it is ${scores[over[0]]}).`,
        `${path}.abilityIncreases`,
      );
  }
  const skills = input.skills ?? [];
  const badSkill = skills.find((skill) => !(skill in SKILLS));
  if (badSkill !== undefined) return failure('invalid-skills', `No skill “${badSkill}”.`, `${path}.skills`);
  return {
    featId: feat.id,
    source,
    ...(increases.length > 0 ? { abilityIncreases: Object.fromEntries(increases) } : {}),
    ...(skills.length > 0 ? { skills: [...skills] } : {}),
  };
}

export function isAdvancementFailure<T extends object>(value: T | AdvancementFailure): value is AdvancementFailure {
  return 'ok' in value && value.ok === false;
}
