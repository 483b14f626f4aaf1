import { SKILLS, type SkillId } from '../model/basics.js';
import type { Choice } from '../model/content.js';
import { forEachFeature, listOf } from './context.js';
import { report, type ValidationContext } from './validation-context.js';

function isSkill(value: unknown): boolean {
  return typeof value === 'string' && Object.hasOwn(SKILLS, value);
}

interface Pool {
  source: string;
  choice: Choice<SkillId>;
}

const SKILL_NAMES = Object.fromEntries(
  Object.keys(SKILLS).map((id) => [
    id,
    id
      .split('-')
      .map((word) => word[0].toUpperCase() + word.slice(1))
      .join(' '),
  ]),
) as Record<SkillId, string>;

/** Assigns each skill to a pool with room left (augmenting paths: a small bipartite matching). */
function match(skills: readonly SkillId[], pools: readonly Pool[]): { unmatched: SkillId[]; used: number[] } {
  const assigned: (number | undefined)[] = skills.map(() => undefined);
  const members: number[][] = pools.map(() => []);
  const tryAssign = (skill: number, visited: Set<number>): boolean => {
    for (let pool = 0; pool < pools.length; pool++) {
      if (visited.has(pool) || !pools[pool].choice.from.includes(skills[skill])) continue;
      visited.add(pool);
      if (members[pool].length < pools[pool].choice.count) {
        members[pool].push(skill);
        assigned[skill] = pool;
        return true;
      }
      for (const other of members[pool]) {
        if (tryAssign(other, visited)) {
          members[pool] = members[pool].filter((entry) => entry !== other);
          members[pool].push(skill);
          assigned[skill] = pool;
          return true;
        }
      }
    }
    return false;
  };
  for (let skill = 0; skill < skills.length; skill++) tryAssign(skill, new Set());
  return {
    unmatched: skills.filter((_, index) => assigned[index] === undefined),
    used: members.map((entry) => entry.length),
  };
}

/**
 * Every skill the build claims must be explained: granted outright (background, species traits,
 * feats and their chosen skills, features) or picked within a choice (the starting class's skill
 * choices, a later class's multiclass skill, feature and trait choices) within its count.
 */
export function validateSkills(validation: ValidationContext): void {
  const { build, classes, species, lineage, background, effects, totalLevel } = validation.context;
  const claimed = listOf(build.skillProficiencies);
  const granted = new Set<SkillId>(background?.skills ?? []);
  let expertiseAllowed = 0;
  for (const { effect } of effects) {
    if (effect.kind === 'skill-proficiency') granted.add(effect.skill);
    if (effect.kind === 'skill-expertise') expertiseAllowed++;
  }

  const pools: Pool[] = [];
  classes.forEach((resolved, index) => {
    const definition = resolved.definition;
    if (!definition || resolved.level === 0) return;
    const classChoice = index === 0 ? definition.skillChoices : definition.multiclass.skillChoices;
    if (classChoice) pools.push({ source: `${definition.name} skill choices`, choice: classChoice });
    forEachFeature(resolved, (feature) => {
      if (feature.skillChoices) pools.push({ source: feature.name, choice: feature.skillChoices });
      if (feature.expertiseChoices) expertiseAllowed += feature.expertiseChoices.count;
    });
  });
  for (const trait of [...(species?.traits ?? []), ...(lineage?.traits ?? [])])
    if (trait.skillChoices && (trait.level ?? 1) <= Math.max(1, totalLevel))
      pools.push({ source: trait.name, choice: trait.skillChoices });

  const seen = new Set<SkillId>();
  const toMatch: SkillId[] = [];
  const paths = new Map<SkillId, string>();
  claimed.forEach((skill, index) => {
    const path = `skillProficiencies[${index}]`;
    if (!isSkill(skill)) {
      report(validation, 'skills.unknown', path, `"${String(skill)}" is not a skill.`);
      return;
    }
    if (seen.has(skill)) {
      report(validation, 'skills.duplicate', path, `${SKILL_NAMES[skill]} is listed twice.`, 'Remove the duplicate.');
      return;
    }
    seen.add(skill);
    paths.set(skill, path);
    if (!granted.has(skill)) toMatch.push(skill);
  });

  const { unmatched, used } = match(toMatch, pools);
  for (const skill of unmatched) {
    const offering = pools.filter((pool) => pool.choice.from.includes(skill));
    if (offering.length === 0)
      report(
        validation,
        'skills.not-available',
        paths.get(skill)!,
        `Nothing in this build grants ${SKILL_NAMES[skill]} proficiency.`,
        'Remove it, or pick it from a class, background, species or feat that offers it.',
      );
    else
      report(
        validation,
        'skills.too-many',
        paths.get(skill)!,
        `${SKILL_NAMES[skill]} is one skill too many: ${offering.map((pool) => `${pool.source} (${pool.choice.count})`).join(', ')} ${offering.length > 1 ? 'are' : 'is'} already used up.`,
        'Remove a skill, or replace one with a skill another choice offers.',
      );
  }
  const remaining = pools.reduce((sum, pool, index) => sum + pool.choice.count - used[index], 0);
  if (unmatched.length === 0 && remaining > 0)
    report(
      validation,
      'skills.choices-remaining',
      'skillProficiencies',
      `${remaining} skill proficienc${remaining > 1 ? 'ies are' : 'y is'} still to choose.`,
      pools
        .filter((_, index) => used[index] < pools[index].choice.count)
        .map((pool) => pool.source)
        .join(', '),
    );

  const proficient = new Set<SkillId>([...seen, ...granted]);
  const expertise = listOf(build.skillExpertise);
  const expertiseSeen = new Set<SkillId>();
  expertise.forEach((skill, index) => {
    const path = `skillExpertise[${index}]`;
    if (!isSkill(skill)) {
      report(validation, 'skills.unknown', path, `"${String(skill)}" is not a skill.`);
      return;
    }
    expertiseSeen.add(skill);
    if (!proficient.has(skill))
      report(
        validation,
        'skills.expertise.not-proficient',
        path,
        `Expertise in ${SKILL_NAMES[skill]} needs proficiency in it first.`,
        'Choose expertise in a skill you are proficient in.',
      );
  });
  if (expertiseSeen.size > expertiseAllowed)
    report(
      validation,
      'skills.expertise.too-many',
      'skillExpertise',
      `This build grants expertise in ${expertiseAllowed} skill${expertiseAllowed === 1 ? '' : 's'}; ${expertiseSeen.size} are listed.`,
      'Remove expertise until the count matches your Expertise features.',
    );
}
