import { ABILITIES, type Ability, type AbilityScores, type Edition, type Size, type SkillId } from '../model/basics.js';
import type { AbilityScoreMethod, CharacterBuild, EquipmentEntry, FeatChoice } from '../model/character-build.js';
import type { RulesCatalog } from '../model/content.js';
import { failure } from '../play/result.js';
import {
  ABILITY_SCORE_CAP,
  ABILITY_SCORE_MIN,
  POINT_BUY_BUDGET,
  ROLLED_MAX,
  ROLLED_MIN,
  STANDARD_ARRAY,
  pointBuyCost,
} from '../tables/abilities.js';
import { MAX_LEVEL } from '../tables/proficiency.js';
import {
  type AdvancementFailure,
  type AdvancementFailureReason,
  type FeatInput,
  checkFeat,
  isAdvancementFailure,
} from './choices.js';
import { type LevelChoices, type LevelUpInput, checkSkills, gainLevel } from './level-up.js';

/** Everything guided creation asks for. Levels above 1 take their choices from `levels`. */
export interface GuidedCharacterInput {
  edition?: Edition;
  speciesId: string;
  lineageId?: string;
  /** Required when the species offers more than one size (Human: Medium or Small). */
  size?: Size;
  /** Skills picked by species traits (Elf Keen Senses, Human Skillful). */
  speciesSkills?: readonly SkillId[];
  /** The origin feat of a trait that grants one (Human Versatile). */
  speciesFeat?: FeatInput;
  backgroundId: string;
  /** +2/+1 to two, or +1/+1/+1 to all three, of the background's abilities. */
  backgroundIncreases: Partial<Record<Ability, number>>;
  /** Choices for the background's origin feat (its ability increase or skills, when it has them). */
  originFeat?: Omit<FeatInput, 'featId'>;
  classId: string;
  abilityScores: { method: AbilityScoreMethod; base: AbilityScores };
  /** The class's skill proficiency choices. */
  skills: readonly SkillId[];
  /** Choices of the class's first level: Fighting Style feat, Expertise, Divine Order, spells… */
  firstLevel?: Omit<LevelChoices, 'hitPoints' | 'subclassId' | 'feat'>;
  /**
   * Starting equipment: a class option by index (0 = A, 1 = B, …; the gold-only option is one of
   * them; required when the catalog lists options for the class) and the background's items (A)
   * or gold (B). `picks` are the item ids chosen for the options' "one of a category" entries (a
   * Holy Symbol, a Gaming Set).
   */
  equipment: { classOption?: number; background: 'items' | 'gold'; picks?: readonly string[] };
  /** Starting level, 1–20 (default 1). */
  level?: number;
  /** Choices for levels 2.. in order (`levels[0]` is level 2). Missing entries: same class, fixed HP, no choices. */
  levels?: readonly (Partial<LevelUpInput> | undefined)[];
}

export type CreationResult =
  | {
      ok: true;
      build: CharacterBuild;
      /** Starting gold in gp from the equipment options (it belongs in the inventory's purse). */
      startingGold: number;
    }
  | AdvancementFailure;

function fail(reason: AdvancementFailureReason, message: string, path?: string): AdvancementFailure {
  return failure(reason, message, path);
}

function checkAbilityScores(input: GuidedCharacterInput['abilityScores']): string | null {
  const values = ABILITIES.map((ability) => input.base[ability]);
  if (values.some((value) => !Number.isInteger(value))) return 'Every ability score is a whole number.';
  switch (input.method) {
    case 'standard-array': {
      const sorted = [...values].sort((a, b) => b - a);
      const expected = [...STANDARD_ARRAY].sort((a, b) => b - a);
      return sorted.every((value, i) => value === expected[i])
        ? null
        : `The standard array is ${expected.join(', ')}, each used once.`;
    }
    case 'point-buy': {
      const cost = pointBuyCost(input.base);
      if (cost === null) return 'Point buy scores are 8 to 15.';
      return cost === POINT_BUY_BUDGET
        ? null
        : `Point buy spends exactly ${POINT_BUY_BUDGET} points; these cost ${cost}.`;
    }
    case 'rolled':
      return values.every((value) => value >= ROLLED_MIN && value <= ROLLED_MAX)
        ? null
        : `Rolled scores are ${ROLLED_MIN} to ${ROLLED_MAX}.`;
    case 'manual':
      return values.every((value) => value >= ABILITY_SCORE_MIN && value <= ABILITY_SCORE_CAP)
        ? null
        : `Scores are ${ABILITY_SCORE_MIN} to ${ABILITY_SCORE_CAP} before bonuses.`;
  }
}

function checkBackgroundIncreases(
  increases: Partial<Record<Ability, number>>,
  allowed: readonly Ability[],
  base: AbilityScores,
): string | null {
  const picked = Object.entries(increases).filter(([, amount]) => amount !== 0) as [Ability, number][];
  const amounts = picked.map(([, amount]) => amount).sort();
  const shape = amounts.join(',');
  if (shape !== '1,2' && shape !== '1,1,1')
    return `Increase one of ${allowed.join(', ').toUpperCase()} by 2 and another by 1, or all three by 1.`;
  const outside = picked.find(([ability]) => !allowed.includes(ability));
  if (outside)
    return `The background cannot increase ${outside[0].toUpperCase()}; it offers ${allowed.join(', ').toUpperCase()}.`;
  const over = picked.find(([ability, amount]) => base[ability] + amount > ABILITY_SCORE_CAP);
  if (over) return `${over[0].toUpperCase()} would go above ${ABILITY_SCORE_CAP}.`;
  return null;
}

/**
 * Guided creation (2024 order: class, background, species, ability scores, then the choices of
 * each level) at any starting level 1–20. Every missing or illegal choice is a typed error with
 * the path of the input field; a success is a build whose level history lets each level be
 * undone.
 */
export function createCharacterBuild(input: GuidedCharacterInput, catalog: RulesCatalog): CreationResult {
  const level = input.level ?? 1;
  if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL)
    return fail('invalid-level', `A starting level is 1 to ${MAX_LEVEL}, not ${level}.`, 'level');

  // Species, lineage, size.
  const species = catalog.species.get(input.speciesId);
  if (!species) return fail('unknown-species', `No species “${input.speciesId}” in the catalog.`, 'speciesId');
  let lineageId: string | undefined;
  if (input.lineageId !== undefined) {
    const lineage = catalog.lineages.get(input.lineageId);
    if (!lineage || lineage.speciesId !== species.id)
      return fail('unknown-lineage', `“${input.lineageId}” is not a ${species.name} lineage.`, 'lineageId');
    lineageId = lineage.id;
  } else if (species.lineageRequired) {
    return fail(
      'lineage-required',
      `${species.name} requires a lineage: ${species.lineages.map((lineage) => lineage.name).join(', ')}.`,
      'lineageId',
    );
  }
  let size = input.size;
  if (size === undefined) {
    if (species.sizes.length !== 1)
      return fail('size-required', `Choose the size of your ${species.name}: ${species.sizes.join(' or ')}.`, 'size');
    size = species.sizes[0];
  } else if (!species.sizes.includes(size)) {
    return fail('invalid-size', `A ${species.name} is ${species.sizes.join(' or ')}, not ${size}.`, 'size');
  }

  // Background and ability scores.
  const background = catalog.backgrounds.get(input.backgroundId);
  if (!background)
    return fail('unknown-background', `No background “${input.backgroundId}” in the catalog.`, 'backgroundId');
  const scoreProblem = checkAbilityScores(input.abilityScores);
  if (scoreProblem) return fail('invalid-ability-scores', scoreProblem, 'abilityScores');
  const increaseProblem = checkBackgroundIncreases(
    input.backgroundIncreases,
    background.abilityScores,
    input.abilityScores.base,
  );
  if (increaseProblem) return fail('invalid-background-increases', increaseProblem, 'backgroundIncreases');

  const definition = catalog.classes.get(input.classId);
  if (!definition) return fail('unknown-class', `No class “${input.classId}” in the catalog.`, 'classId');

  // Skills: background skills are given; the class choice must not repeat them.
  const classSkillProblem = checkSkills(
    input.skills,
    definition.skillChoices.count,
    definition.skillChoices.from,
    background.skills,
  );
  if (classSkillProblem) return fail('invalid-skills', classSkillProblem, 'skills');
  const traits = [
    ...species.traits,
    ...(lineageId === undefined ? [] : (catalog.lineages.get(lineageId)?.traits ?? [])),
  ].filter((trait) => (trait.level ?? 1) <= 1);
  const traitChoices = traits.flatMap((trait) => (trait.skillChoices ? [trait.skillChoices] : []));
  const speciesSkills = input.speciesSkills ?? [];
  const speciesSkillProblem = checkSkills(
    speciesSkills,
    traitChoices.reduce((sum, choice) => sum + choice.count, 0),
    traitChoices.flatMap((choice) => choice.from),
    [...background.skills, ...input.skills],
  );
  if (speciesSkillProblem) return fail('invalid-skills', speciesSkillProblem, 'speciesSkills');

  let build: CharacterBuild = {
    edition: input.edition ?? '2024',
    speciesId: species.id,
    ...(lineageId !== undefined ? { lineageId } : {}),
    ...(size !== undefined ? { size } : {}),
    backgroundId: background.id,
    classes: [],
    abilityScores: { method: input.abilityScores.method, base: { ...input.abilityScores.base } },
    backgroundIncreases: { ...input.backgroundIncreases },
    skillProficiencies: [...background.skills, ...input.skills, ...speciesSkills],
    skillExpertise: [],
    feats: [],
    equipment: [],
    spells: [],
  };

  // Origin feats: the background's, and a species trait's (Human Versatile).
  const originFeats: { pick: FeatInput; source: FeatChoice['source']; path: string }[] = [
    { pick: { ...input.originFeat, featId: background.featId }, source: { kind: 'background' }, path: 'originFeat' },
  ];
  const grantsOriginFeat = traits.some((trait) => trait.grantsOriginFeat === true);
  if (grantsOriginFeat && input.speciesFeat === undefined)
    return fail('feat-required', `${species.name} grants an origin feat of your choice.`, 'speciesFeat');
  if (!grantsOriginFeat && input.speciesFeat !== undefined)
    return fail('feat-not-allowed', `${species.name} grants no feat.`, 'speciesFeat');
  if (input.speciesFeat)
    originFeats.push({ pick: input.speciesFeat, source: { kind: 'species' }, path: 'speciesFeat' });
  for (const { pick, source, path } of originFeats) {
    // Origin feats are taken before the first class level; the build has level 0 here, which is
    // what an origin feat (no level prerequisite) expects.
    const choice = checkFeat(pick, source, build, catalog, path, 'origin');
    if (isAdvancementFailure(choice)) return choice;
    build = { ...build, feats: [...build.feats, choice] };
  }

  // Starting equipment.
  const equipment = startingEquipment(input, catalog);
  if (isAdvancementFailure(equipment)) return equipment;
  build = { ...build, equipment: equipment.entries };

  // Level 1, then each level above it.
  const first = gainLevel(build, { ...input.firstLevel, classId: definition.id }, catalog, true);
  if (!first.ok) return { ...first, path: first.path === undefined ? 'firstLevel' : `firstLevel.${first.path}` };
  build = first.build;
  for (let characterLevel = 2; characterLevel <= level; characterLevel++) {
    const choices = input.levels?.[characterLevel - 2] ?? {};
    const result = gainLevel(build, { ...choices, classId: choices.classId ?? definition.id }, catalog);
    const path = `levels[${characterLevel - 2}]`;
    if (!result.ok) return { ...result, path: result.path === undefined ? path : `${path}.${result.path}` };
    build = result.build;
  }
  if ((input.levels?.length ?? 0) > level - 1)
    return fail(
      'invalid-level',
      `Choices for ${input.levels!.length} levels above 1 were given for a level ${level} character.`,
      'levels',
    );
  return { ok: true, build, startingGold: equipment.gold };
}

function startingEquipment(
  input: GuidedCharacterInput,
  catalog: RulesCatalog,
): { entries: EquipmentEntry[]; gold: number } | AdvancementFailure {
  const definition = catalog.classes.get(input.classId)!;
  const background = catalog.backgrounds.get(input.backgroundId)!;
  const options = definition.startingEquipment ?? [];
  const chosen = input.equipment.classOption;
  // A catalog without class packages (homebrew, or tables not yet filled) starts with the
  // background's equipment only; asking for an option it does not have is an error.
  const option = chosen === undefined && options.length === 0 ? { items: {}, gold: 0 } : options[chosen ?? -1];
  if (!option)
    return fail(
      chosen === undefined ? 'equipment-choice-required' : 'invalid-equipment-choice',
      options.length === 0
        ? `The catalog lists no starting equipment for ${definition.name}.`
        : `Choose ${definition.name} starting equipment option 0 to ${options.length - 1}.`,
      'equipment.classOption',
    );
  const items = new Map<string, number>();
  const add = (source: Readonly<Record<string, number>>): void => {
    for (const [itemId, quantity] of Object.entries(source)) items.set(itemId, (items.get(itemId) ?? 0) + quantity);
  };
  add(option.items);
  let gold = option.gold;
  let picksNeeded = (option.choices ?? []).reduce((sum, choice) => sum + choice.count, 0);
  if (input.equipment.background === 'items') {
    add(background.equipment.items);
    gold += background.equipment.gold;
    picksNeeded += (background.equipment.choices ?? []).reduce((sum, choice) => sum + choice.count, 0);
  } else {
    gold += background.goldAlternative;
  }
  const picks = input.equipment.picks ?? [];
  if (picks.length !== picksNeeded)
    return fail(
      'equipment-choice-required',
      `The chosen equipment includes ${picksNeeded} item${picksNeeded === 1 ? '' : 's'} to pick; ${picks.length} given.`,
      'equipment.picks',
    );
  for (const pick of picks) items.set(pick, (items.get(pick) ?? 0) + 1);
  const entries: EquipmentEntry[] = [];
  for (const [itemId, quantity] of items) {
    if (!catalog.equipment.has(itemId) && !catalog.magicItems.has(itemId))
      return fail('unknown-item', `No item “${itemId}” in the catalog.`, 'equipment');
    entries.push({ itemId, quantity, equipped: false, attuned: false });
  }
  return { entries, gold };
}
