import {
  type AbilityScores,
  type CharacterBuild,
  createCharacterBuild,
  type EquipmentEntry,
  type FeatChoice,
  type GuidedCharacterInput,
  type LevelUpInput,
  type RulesCatalog,
  type SkillId,
} from '@grimoire/rules';

import { abilityIncreasesOf, featInputOf, levelChoicesOf, type ValidCreateCharacterData } from './character-input.js';

export type BuildOutcome =
  { ok: true; build: CharacterBuild; startingGold: number } | { ok: false; message: string; field: string };

const DEFAULT_SCORES: AbilityScores = { str: 10, dex: 10, con: 10, int: 10, wis: 10, cha: 10 };

/**
 * A build from the creation input. Guided creation (the 2024 steps, every choice checked, level
 * history recorded so levels can be undone) runs when the input names a species, a background and
 * a class and its ability scores come from a method (standard array, point buy, rolled). Anything
 * else is a sheet as entered (copied from paper, or a draft with only a name): stored as given
 * and judged by the validation report instead of refused.
 */
export function buildCharacterFromInput(input: ValidCreateCharacterData, catalog: RulesCatalog): BuildOutcome {
  const guided =
    input.species &&
    input.background &&
    input.classes?.length &&
    input.abilityScores &&
    input.abilityScores.method !== 'manual';
  return guided ? guidedBuild(input, catalog) : { ok: true, build: manualBuild(input, catalog), startingGold: 0 };
}

function scoresOf(input: ValidCreateCharacterData): CharacterBuild['abilityScores'] {
  if (!input.abilityScores) return { method: 'manual', base: { ...DEFAULT_SCORES } };
  const { method, str, dex, con, int, wis, cha } = input.abilityScores;
  return { method, base: { str, dex, con, int, wis, cha } };
}

function equipmentOf(input: ValidCreateCharacterData): EquipmentEntry[] {
  return (input.equipment ?? []).map((entry) => ({
    itemId: entry.item,
    quantity: entry.quantity ?? 1,
    equipped: entry.equipped ?? false,
    attuned: entry.attuned ?? false,
  }));
}

/** Where a listed feat came from, as well as a sheet tells it: the background's, a species', else a class level's. */
function featSource(featId: string, input: ValidCreateCharacterData, catalog: RulesCatalog): FeatChoice['source'] {
  const background = input.background ? catalog.backgrounds.get(input.background) : undefined;
  if (background?.featId === featId) return { kind: 'background' };
  const species = input.species ? catalog.species.get(input.species) : undefined;
  const feat = catalog.feats.get(featId);
  if (feat?.category === 'origin' && species?.traits.some((trait) => trait.grantsOriginFeat))
    return { kind: 'species' };
  return { kind: 'other' };
}

export function manualBuild(input: ValidCreateCharacterData, catalog: RulesCatalog): CharacterBuild {
  const increases = abilityIncreasesOf(input.backgroundIncreases);
  return {
    edition: input.edition ?? '2024',
    ...(input.species ? { speciesId: input.species } : {}),
    ...(input.lineage ? { lineageId: input.lineage } : {}),
    ...(input.size ? { size: input.size } : {}),
    ...(input.background ? { backgroundId: input.background } : {}),
    classes: (input.classes ?? []).map((entry) => ({
      classId: entry.class,
      level: entry.level,
      ...(entry.subclass ? { subclassId: entry.subclass } : {}),
    })),
    abilityScores: scoresOf(input),
    ...(increases ? { backgroundIncreases: increases } : {}),
    skillProficiencies: (input.skillProficiencies ?? []) as SkillId[],
    skillExpertise: (input.skillExpertise ?? []) as SkillId[],
    feats: (input.feats ?? []).map((featId) => ({ featId, source: featSource(featId, input, catalog) })),
    equipment: equipmentOf(input),
    spells: [],
  };
}

/**
 * The level-by-level plan of a guided creation: the starting class first, then each further
 * class in the order given; a class's subclass is taken at that class's subclass level. Explicit
 * `levels[i]` choices are merged over the plan.
 */
function levelPlan(input: ValidCreateCharacterData, catalog: RulesCatalog): Partial<LevelUpInput>[] {
  const plan: Partial<LevelUpInput>[] = [];
  (input.classes ?? []).forEach((entry, index) => {
    const subclassLevel = catalog.classes.get(entry.class)?.subclassLevel ?? 3;
    for (let classLevel = index === 0 ? 2 : 1; classLevel <= entry.level; classLevel += 1) {
      plan.push({
        classId: entry.class,
        ...(entry.subclass && classLevel === subclassLevel ? { subclassId: entry.subclass } : {}),
      });
    }
  });
  return plan.map((step, index) => {
    const explicit = input.levels?.[index];
    return explicit ? { ...step, ...levelChoicesOf(explicit) } : step;
  });
}

function guidedBuild(input: ValidCreateCharacterData, catalog: RulesCatalog): BuildOutcome {
  if (input.feats?.length || input.skillExpertise?.length) {
    const field = input.feats?.length ? 'feats' : 'skillExpertise';
    return {
      ok: false,
      field: `input.${field}`,
      message: `input.${field}: guided creation takes feats and expertise from originFeat, speciesFeat, firstLevel and levels; use MANUAL ability scores to enter a finished sheet`,
    };
  }
  const definition = catalog.classes.get(input.classes![0].class);
  const options = definition?.startingEquipment ?? [];
  // Without a choice, take the gold-only class option (if the class has options) and the
  // background's gold: nothing to pick.
  const goldOnly = options.findIndex((option) => Object.keys(option.items).length === 0 && !option.choices?.length);
  const totalLevel = (input.classes ?? []).reduce((sum, entry) => sum + entry.level, 0);
  const increases = abilityIncreasesOf(input.backgroundIncreases);
  const speciesSkills = (input.speciesSkills ?? []) as SkillId[];
  const firstLevel = input.firstLevel ? levelChoicesOf(input.firstLevel) : undefined;
  const guidedInput: GuidedCharacterInput = {
    edition: input.edition ?? '2024',
    speciesId: input.species!,
    ...(input.lineage ? { lineageId: input.lineage } : {}),
    ...(input.size ? { size: input.size } : {}),
    ...(speciesSkills.length ? { speciesSkills } : {}),
    ...(input.speciesFeat ? { speciesFeat: featInputOf(input.speciesFeat) } : {}),
    backgroundId: input.background!,
    backgroundIncreases: increases ?? {},
    ...(input.originFeat ? { originFeat: featInputOf({ ...input.originFeat, feat: 'origin' }) } : {}),
    classId: input.classes![0].class,
    abilityScores: scoresOf(input),
    skills: (input.skillProficiencies ?? []) as SkillId[],
    ...(firstLevel ? { firstLevel } : {}),
    equipment: input.startingEquipment
      ? {
          ...(typeof input.startingEquipment.classOption === 'number'
            ? { classOption: input.startingEquipment.classOption }
            : {}),
          background: input.startingEquipment.background,
          ...(input.startingEquipment.picks ? { picks: input.startingEquipment.picks } : {}),
        }
      : { ...(goldOnly >= 0 ? { classOption: goldOnly } : {}), background: 'gold' },
    level: totalLevel,
    levels: levelPlan(input, catalog),
  };
  if (guidedInput.originFeat) delete (guidedInput.originFeat as { featId?: string }).featId;
  const result = createCharacterBuild(guidedInput, catalog);
  if (!result.ok) {
    const field = `input.${apiPath(result.path)}`;
    return { ok: false, field, message: `${field}: ${result.message}` };
  }
  const extra = equipmentOf(input);
  return {
    ok: true,
    build: extra.length ? { ...result.build, equipment: [...result.build.equipment, ...extra] } : result.build,
    startingGold: result.startingGold,
  };
}

/** Rules input paths → API field names (`speciesId` → `species`, `skills` → `skillProficiencies`). */
function apiPath(path: string | undefined): string {
  if (!path) return 'classes';
  return path
    .replace(/^speciesId/, 'species')
    .replace(/^lineageId/, 'lineage')
    .replace(/^backgroundId/, 'background')
    .replace(/^classId/, 'classes[0].class')
    .replace(/^skills/, 'skillProficiencies')
    .replace(/^equipment/, 'startingEquipment')
    .replace(/^level$/, 'classes');
}
