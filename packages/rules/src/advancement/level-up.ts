import { SKILLS, type SkillId } from '../model/basics.js';
import type { CharacterBuild, ClassLevels, FeatChoice, LevelRecord, SpellEntry } from '../model/character-build.js';
import type { ClassFeature, Feat, RulesCatalog } from '../model/content.js';
import { failure } from '../play/result.js';
import { fixedHitPointsPerLevel } from '../tables/hit-points.js';
import { MAX_LEVEL } from '../tables/proficiency.js';
import {
  type AdvancementFailure,
  type AdvancementResult,
  type FeatInput,
  abilityScoresOf,
  characterLevel,
  checkFeat,
  isAdvancementFailure,
  maxSpellLevel,
  multiclassProblem,
} from './choices.js';

export type HitPointsChoice = { method: 'fixed' } | { method: 'rolled'; roll: number };

/** The choices one level needs. Which ones are required depends on the class and its level. */
export interface LevelChoices {
  /** Default: the fixed value (die / 2 + 1). The first character level always takes the maximum. */
  hitPoints?: HitPointsChoice;
  /** Required at the class's subclass level (3 in 2024). */
  subclassId?: string;
  /** The Ability Score Improvement (or other feat, or Epic Boon at 19) at the class's feat levels. */
  feat?: FeatInput;
  /** Feats that this level's features grant, by category (Fighting Style: a fighting-style feat). */
  featureFeats?: readonly FeatInput[];
  /** The option picked for each feature of this level that offers options (Divine Order). */
  featureOptions?: Readonly<Record<string, string>>;
  /** Skills from a multiclass proficiency choice and from this level's features (Primal Knowledge). */
  skills?: readonly SkillId[];
  /** Expertise from this level's features (Rogue Expertise at 1 and 6). */
  expertise?: readonly SkillId[];
  /** Spells of this class to add (and, when a level lets the player swap, to remove). */
  spells?: { add?: readonly { spellId: string; prepared?: boolean }[]; remove?: readonly string[] };
}

export interface LevelUpInput extends LevelChoices {
  classId: string;
}

function featuresAt(features: readonly ClassFeature[] | undefined, level: number): ClassFeature[] {
  return (features ?? []).filter((feature) => feature.level === level);
}

function nextHitPointRolls(
  entry: ClassLevels | undefined,
  index: number,
  choice: HitPointsChoice,
  die: number,
): readonly number[] | undefined {
  const before = entry?.hitPointRolls;
  const fixed = fixedHitPointsPerLevel(die);
  if (choice.method === 'fixed') {
    // Absent or short arrays already mean "fixed" for later levels; only stale entries need writing over.
    if (before === undefined || before.length <= index) return before;
    return [...before.slice(0, index), fixed];
  }
  const rolls = [...(before ?? []).slice(0, index)];
  while (rolls.length < index) rolls.push(fixed);
  rolls.push(choice.roll);
  return rolls;
}

/**
 * Adds one level of `input.classId` to the build with the choices that level needs. `first`:
 * the character's first level (no multiclass rules, maximum hit points; class skills are the
 * creation step's business).
 */
export function gainLevel(
  build: CharacterBuild,
  input: LevelUpInput,
  catalog: RulesCatalog,
  first = false,
): AdvancementResult {
  const definition = catalog.classes.get(input.classId);
  if (!definition) return failure('unknown-class', `No class “${input.classId}” in the catalog.`, 'classId');
  const level = characterLevel(build);
  if (level >= MAX_LEVEL) return failure('max-level', `The character is already level ${MAX_LEVEL}.`, 'classId');
  const index = build.classes.findIndex((entry) => entry.classId === definition.id);
  const existing = index === -1 ? undefined : build.classes[index];
  const newClass = existing === undefined;
  const classLevel = (existing?.level ?? 0) + 1;
  const startingClass = first || build.classes[0]?.classId === definition.id;

  if (newClass && !first) {
    // 2024: the primary-ability minimums of every current class and of the new one.
    const scores = abilityScoresOf(build);
    const problems = [...build.classes.map((entry) => catalog.classes.get(entry.classId)), definition].flatMap(
      (other) => (other ? [multiclassProblem(other, scores)].filter((p): p is string => p !== null) : []),
    );
    if (problems.length > 0)
      return failure(
        'multiclass-prerequisites',
        `Multiclassing into ${definition.name}: ${problems.join('; ')}.`,
        'classId',
      );
  }

  // Hit points.
  const hitPoints = input.hitPoints ?? { method: 'fixed' };
  if (
    hitPoints.method === 'rolled' &&
    (!Number.isInteger(hitPoints.roll) || hitPoints.roll < 1 || hitPoints.roll > definition.hitDie)
  )
    return failure(
      'invalid-hit-points',
      `A d${definition.hitDie} roll is 1 to ${definition.hitDie}, not ${hitPoints.roll}.`,
      'hitPoints',
    );
  const rollIndex = startingClass ? classLevel - 2 : classLevel - 1;
  const rolls = first ? existing?.hitPointRolls : nextHitPointRolls(existing, rollIndex, hitPoints, definition.hitDie);
  const rollsChanged = rolls !== existing?.hitPointRolls;

  // Subclass.
  let subclassId = existing?.subclassId;
  const choosesSubclass = classLevel === definition.subclassLevel && subclassId === undefined;
  if (choosesSubclass) {
    if (input.subclassId === undefined)
      return failure('subclass-required', `${definition.name} ${classLevel} chooses a subclass.`, 'subclassId');
    const subclass = catalog.subclasses.get(input.subclassId);
    if (!subclass || subclass.classId !== definition.id)
      return failure('unknown-subclass', `“${input.subclassId}” is not a ${definition.name} subclass.`, 'subclassId');
    subclassId = subclass.id;
  } else if (input.subclassId !== undefined) {
    return failure(
      'subclass-not-allowed',
      subclassId === undefined
        ? `${definition.name} chooses its subclass at level ${definition.subclassLevel}.`
        : `${definition.name} already has its subclass.`,
      'subclassId',
    );
  }
  const subclass = subclassId === undefined ? undefined : catalog.subclasses.get(subclassId);
  const features = [...featuresAt(definition.features, classLevel), ...featuresAt(subclass?.features, classLevel)];

  // The class change first, so prerequisites below see the level being gained.
  const classEntry: ClassLevels = {
    ...(existing ?? { classId: definition.id }),
    level: classLevel,
    ...(subclassId !== undefined ? { subclassId } : {}),
  };
  if (rolls === undefined) delete (classEntry as { hitPointRolls?: readonly number[] }).hitPointRolls;
  else (classEntry as { hitPointRolls?: readonly number[] }).hitPointRolls = rolls;
  let next: CharacterBuild = {
    ...build,
    classes: newClass
      ? [...build.classes, classEntry]
      : build.classes.map((entry, i) => (i === index ? classEntry : entry)),
  };

  // Feats: the ASI/feat slot, then feats granted by features.
  const source: FeatChoice['source'] = { kind: 'class-level', classId: definition.id, level: classLevel };
  const featSlot =
    definition.featLevels.includes(classLevel) ||
    features.some((feature) => feature.grantsFeatChoice === true || feature.grantsEpicBoon === true);
  if (featSlot && input.feat === undefined)
    return failure(
      'feat-required',
      `${definition.name} ${classLevel} grants an Ability Score Improvement or a feat: choose one.`,
      'feat',
    );
  if (!featSlot && input.feat !== undefined)
    return failure('feat-not-allowed', `${definition.name} ${classLevel} grants no feat choice.`, 'feat');
  const granted = features.flatMap((feature) => (feature.grantsFeatCategory ? [feature.grantsFeatCategory] : []));
  const featureFeats = input.featureFeats ?? [];
  if (featureFeats.length !== granted.length)
    return failure(
      granted.length > featureFeats.length ? 'feat-required' : 'feat-not-allowed',
      granted.length === 0
        ? `No feature of ${definition.name} ${classLevel} grants a feat.`
        : `${definition.name} ${classLevel} grants ${granted.map((category) => `a ${category} feat`).join(' and ')}.`,
      'featureFeats',
    );
  const picks: { input: FeatInput; path: string; category?: Feat['category'] }[] = [
    ...(input.feat ? [{ input: input.feat, path: 'feat' }] : []),
    ...featureFeats.map((pick, i) => ({ input: pick, path: `featureFeats[${i}]`, category: granted[i] })),
  ];
  const feats: FeatChoice[] = [];
  for (const pick of picks) {
    const choice = checkFeat(pick.input, source, next, catalog, pick.path, pick.category);
    if (isAdvancementFailure(choice)) return choice;
    feats.push(choice);
    next = { ...next, feats: [...next.feats, choice] };
  }

  // Feature options.
  const options: Record<string, string> = {};
  for (const feature of features.filter((candidate) => (candidate.options?.length ?? 0) > 0)) {
    const picked = input.featureOptions?.[feature.id];
    if (picked === undefined)
      return failure(
        'feature-option-required',
        `${feature.name}: choose one of ${feature.options!.map((o) => o.name).join(', ')}.`,
        `featureOptions.${feature.id}`,
      );
    if (!feature.options!.some((option) => option.id === picked))
      return failure(
        'invalid-feature-option',
        `${feature.name} has no option “${picked}”.`,
        `featureOptions.${feature.id}`,
      );
    options[feature.id] = picked;
  }
  const strayOption = Object.keys(input.featureOptions ?? {}).find((id) => !(id in options));
  if (strayOption !== undefined)
    return failure(
      'invalid-feature-option',
      `No feature “${strayOption}” with options at this level.`,
      `featureOptions.${strayOption}`,
    );
  if (Object.keys(options).length > 0) next = { ...next, featureOptions: { ...next.featureOptions, ...options } };

  // Skills: the multiclass proficiency choice and feature choices.
  const skillChoices = [
    ...(newClass && !first && definition.multiclass.skillChoices ? [definition.multiclass.skillChoices] : []),
    ...features.flatMap((feature) => (feature.skillChoices ? [feature.skillChoices] : [])),
  ];
  const skillCount = skillChoices.reduce((sum, choice) => sum + choice.count, 0);
  const skills = input.skills ?? [];
  const skillProblem = checkSkills(
    skills,
    skillCount,
    skillChoices.flatMap((choice) => choice.from),
    next.skillProficiencies,
  );
  if (skillProblem) return failure('invalid-skills', skillProblem, 'skills');
  if (skills.length > 0) next = { ...next, skillProficiencies: [...next.skillProficiencies, ...skills] };

  // Expertise.
  const expertiseCount = features.reduce((sum, feature) => sum + (feature.expertiseChoices?.count ?? 0), 0);
  const expertiseFrom = features.flatMap((feature) => feature.expertiseChoices?.from ?? []);
  const expertise = input.expertise ?? [];
  const expertiseProblem = checkExpertise(expertise, expertiseCount, expertiseFrom, next);
  if (expertiseProblem) return failure('invalid-expertise', expertiseProblem, 'expertise');
  if (expertise.length > 0) next = { ...next, skillExpertise: [...next.skillExpertise, ...expertise] };

  // Spells.
  const spellChange = changeSpells(next, definition.id, classLevel, input.spells, catalog);
  if ('ok' in spellChange) return spellChange;
  next = { ...next, spells: spellChange.spells };

  const record: LevelRecord = {
    classId: definition.id,
    characterLevel: level + 1,
    classLevel,
    newClass,
    hitPoints: first ? 'maximum' : hitPoints.method,
    ...(rollsChanged ? { previousHitPointRolls: existing?.hitPointRolls ?? null } : {}),
    ...(choosesSubclass && subclassId !== undefined ? { subclassId } : {}),
    ...(feats.length > 0 ? { feats } : {}),
    ...(Object.keys(options).length > 0 ? { featureOptions: options } : {}),
    ...(skills.length > 0 ? { skills: [...skills] } : {}),
    ...(expertise.length > 0 ? { expertise: [...expertise] } : {}),
    ...(spellChange.added.length > 0 ? { spellsAdded: spellChange.added } : {}),
    ...(spellChange.removed.length > 0 ? { spellsRemoved: spellChange.removed } : {}),
  };
  return { ok: true, build: { ...next, levelHistory: [...(build.levelHistory ?? []), record] } };
}

export function checkSkills(
  skills: readonly SkillId[],
  count: number,
  from: readonly SkillId[],
  already: readonly SkillId[],
): string | null {
  if (skills.length !== count)
    return count === 0
      ? 'This step grants no skill proficiency.'
      : `Choose ${count} skill${count === 1 ? '' : 's'}, not ${skills.length}.`;
  const unknown = skills.find((skill) => !(skill in SKILLS));
  if (unknown !== undefined) return `No skill “${unknown}”.`;
  const outside = skills.find((skill) => !from.includes(skill));
  if (outside !== undefined) return `${outside} is not among the skills offered (${from.join(', ')}).`;
  if (new Set(skills).size !== skills.length) return 'The same skill is chosen twice.';
  const known = skills.find((skill) => already.includes(skill));
  if (known !== undefined) return `The character is already proficient in ${known}; choose another skill.`;
  return null;
}

function checkExpertise(
  expertise: readonly SkillId[],
  count: number,
  from: readonly SkillId[],
  build: CharacterBuild,
): string | null {
  if (expertise.length !== count)
    return count === 0
      ? 'This level grants no Expertise.'
      : `Choose ${count} skill${count === 1 ? '' : 's'} for Expertise, not ${expertise.length}.`;
  if (new Set(expertise).size !== expertise.length) return 'The same skill is chosen twice for Expertise.';
  for (const skill of expertise) {
    if (!build.skillProficiencies.includes(skill))
      return `Expertise needs proficiency: the character is not proficient in ${skill}.`;
    if (build.skillExpertise.includes(skill)) return `The character already has Expertise in ${skill}.`;
    if (from.length > 0 && !from.includes(skill)) return `${skill} is not among the skills offered for Expertise.`;
  }
  return null;
}

/** Removes then adds spells of one class, keeping what `undoLastLevel` needs to put them back. */
export function changeSpells(
  build: CharacterBuild,
  classId: string,
  classLevel: number,
  change: LevelChoices['spells'],
  catalog: RulesCatalog,
): { spells: SpellEntry[]; added: SpellEntry[]; removed: { index: number; spell: SpellEntry }[] } | AdvancementFailure {
  const spells = [...build.spells];
  if (!change || ((change.add?.length ?? 0) === 0 && (change.remove?.length ?? 0) === 0))
    return { spells, added: [], removed: [] };
  const definition = catalog.classes.get(classId);
  const subclassId = build.classes.find((entry) => entry.classId === classId)?.subclassId;
  const spellcasting =
    definition?.spellcasting ??
    (subclassId === undefined ? undefined : catalog.subclasses.get(subclassId)?.spellcasting);
  if (!spellcasting) return failure('invalid-spells', `${definition?.name ?? classId} does not cast spells.`, 'spells');
  const removed: { index: number; spell: SpellEntry }[] = [];
  for (const spellId of change.remove ?? []) {
    const index = spells.findIndex((entry) => entry.classId === classId && entry.spellId === spellId);
    if (index === -1)
      return failure(
        'invalid-spells',
        `“${spellId}” is not among the ${definition?.name ?? classId} spells.`,
        'spells.remove',
      );
    // Indexes in the original array, so undo can put each one back where it was.
    const original = build.spells.findIndex((entry) => entry.classId === classId && entry.spellId === spellId);
    removed.push({ index: original, spell: spells[index] });
    spells.splice(index, 1);
  }
  removed.sort((a, b) => a.index - b.index);
  const highest = maxSpellLevel(spellcasting, classLevel);
  const added: SpellEntry[] = [];
  for (const [i, pick] of (change.add ?? []).entries()) {
    const spell = catalog.spells.get(pick.spellId);
    const path = `spells.add[${i}]`;
    if (!spell) return failure('unknown-spell', `No spell “${pick.spellId}” in the catalog.`, path);
    if (!spell.classes.includes(spellcasting.spellList))
      return failure('invalid-spells', `${spell.name} is not on the ${definition?.name ?? classId} spell list.`, path);
    if (spell.level > highest)
      return failure(
        'invalid-spells',
        `${spell.name} is level ${spell.level}; ${definition?.name ?? classId} ${classLevel} casts spells up to level ${highest}.`,
        path,
      );
    if (spells.some((entry) => entry.classId === classId && entry.spellId === spell.id))
      return failure(
        'invalid-spells',
        `${spell.name} is already among the ${definition?.name ?? classId} spells.`,
        path,
      );
    const entry: SpellEntry = { classId, spellId: spell.id, prepared: pick.prepared ?? true };
    spells.push(entry);
    added.push(entry);
  }
  return { spells, added, removed };
}

/**
 * Levels up: one more level in `input.classId` (a new class is a multiclass: the 2024 ability
 * minimums of the current classes and the new one), with the choices that level needs.
 */
export function levelUp(build: CharacterBuild, input: LevelUpInput, catalog: RulesCatalog): AdvancementResult {
  if (build.classes.length === 0)
    return failure('invalid-level', 'The character has no class yet; create it first.', 'classId');
  return gainLevel(build, input, catalog);
}

function withoutLast<T>(list: readonly T[], match: (item: T) => boolean): T[] | null {
  for (let i = list.length - 1; i >= 0; i--) if (match(list[i])) return [...list.slice(0, i), ...list.slice(i + 1)];
  return null;
}

function sameFeat(a: FeatChoice, b: FeatChoice): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Takes back the most recent level and everything it granted, from the level history. A build
 * without history (entered by hand) or one edited so that the history no longer matches is
 * refused rather than guessed at.
 */
export function undoLastLevel(build: CharacterBuild): AdvancementResult {
  const history = build.levelHistory ?? [];
  const record = history.at(-1);
  if (!record)
    return failure(
      'no-level-history',
      'This character has no level history (it was entered by hand); edit its classes directly.',
    );
  if (record.characterLevel <= 1)
    return failure('cannot-undo-first-level', 'The first level cannot be undone; delete the character instead.');
  const mismatch = (what: string): AdvancementFailure =>
    failure('history-mismatch', `The last level no longer matches the character (${what}); edit it directly.`);
  if (characterLevel(build) !== record.characterLevel) return mismatch('character level');
  const index = build.classes.findIndex((entry) => entry.classId === record.classId);
  const entry = build.classes[index];
  if (!entry || entry.level !== record.classLevel) return mismatch(`${record.classId} level`);

  let classes: ClassLevels[];
  if (record.newClass) {
    classes = build.classes.filter((_, i) => i !== index);
  } else {
    const previous: ClassLevels = { ...entry, level: entry.level - 1 };
    if (record.subclassId !== undefined) delete (previous as { subclassId?: string }).subclassId;
    if (record.previousHitPointRolls !== undefined) {
      if (record.previousHitPointRolls === null)
        delete (previous as { hitPointRolls?: readonly number[] }).hitPointRolls;
      else (previous as { hitPointRolls?: readonly number[] }).hitPointRolls = record.previousHitPointRolls;
    }
    classes = build.classes.map((other, i) => (i === index ? previous : other));
  }

  let feats = [...build.feats];
  for (const feat of [...(record.feats ?? [])].reverse()) {
    const rest = withoutLast(feats, (other) => sameFeat(other, feat));
    if (!rest) return mismatch(`feat ${feat.featId}`);
    feats = rest;
  }

  let skillProficiencies = [...build.skillProficiencies];
  for (const skill of record.skills ?? []) {
    const rest = withoutLast(skillProficiencies, (other) => other === skill);
    if (!rest) return mismatch(`skill ${skill}`);
    skillProficiencies = rest;
  }
  let skillExpertise = [...build.skillExpertise];
  for (const skill of record.expertise ?? []) {
    const rest = withoutLast(skillExpertise, (other) => other === skill);
    if (!rest) return mismatch(`expertise ${skill}`);
    skillExpertise = rest;
  }

  let spells = [...build.spells];
  for (const spell of [...(record.spellsAdded ?? [])].reverse()) {
    const rest = withoutLast(spells, (other) => other.classId === spell.classId && other.spellId === spell.spellId);
    if (!rest) return mismatch(`spell ${spell.spellId}`);
    spells = rest;
  }
  for (const { index: at, spell } of record.spellsRemoved ?? []) spells.splice(at, 0, spell);

  const next: CharacterBuild = { ...build, classes, feats, skillProficiencies, skillExpertise, spells };
  if (record.featureOptions) {
    const options = { ...build.featureOptions };
    for (const id of Object.keys(record.featureOptions)) delete options[id];
    if (Object.keys(options).length > 0) next.featureOptions = options;
    else delete (next as { featureOptions?: unknown }).featureOptions;
  }
  const remaining = history.slice(0, -1);
  if (remaining.length > 0) next.levelHistory = remaining;
  else delete (next as { levelHistory?: unknown }).levelHistory;
  return { ok: true, build: next };
}
