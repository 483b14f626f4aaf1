import {
  ABILITIES,
  type Ability,
  type ArmorCategory,
  type DamageType,
  SKILL_IDS,
  SKILLS,
  type SkillId,
  type WeaponCategory,
} from '../model/basics.js';
import type { CharacterBuild } from '../model/character-build.js';
import type { RulesCatalog } from '../model/content.js';
import { type RuleProfile, ruleProfileFor } from '../profiles/rule-profile.js';
import { CARRYING_CAPACITY_PER_STRENGTH, CARRYING_SIZE_MULTIPLIER, nextSize } from '../tables/carrying.js';
import { proficiencyBonus as proficiencyBonusFor } from '../tables/proficiency.js';
import { deriveAbilities } from './abilities.js';
import { deriveArmorClass } from './armor-class.js';
import { type BuildContext, resolveBuild, listOf } from './context.js';
import type {
  DerivedCharacter,
  DerivedResource,
  DerivedSavingThrow,
  DerivedSkill,
  ProficiencyLevel,
} from './derived-character.js';
import { encumbranceState } from './encumbrance.js';
import { deriveHitDice, deriveMaxHitPoints } from './hit-points.js';
import { deriveSpellcasting } from './spellcasting.js';
import { ABILITY_LABELS, type Stat, type StatPart, statOf } from './stat.js';

export interface DeriveOptions {
  /** Rules edition profile; defaults to the profile of `build.edition`. */
  profile?: RuleProfile;
}

export const MAX_ATTUNED_ITEMS = 3;

/**
 * Computes the character sheet from a build. Every number carries its breakdown. Never throws on
 * unknown ids or odd numbers: what cannot be looked up is left out, and `validateCharacter`
 * reports it.
 */
export function deriveCharacter(
  build: CharacterBuild,
  catalog: RulesCatalog,
  options: DeriveOptions = {},
): DerivedCharacter {
  const profile = options.profile ?? ruleProfileFor(build.edition);
  return deriveFromContext(resolveBuild(build, catalog, profile));
}

/** Derivation from an already resolved build (validation shares the context). */
export function deriveFromContext(context: BuildContext): DerivedCharacter {
  const { build, effects, profile } = context;
  const level = statOf(
    context.classes.map((resolved) => ({ source: `${resolved.name} ${resolved.level}`, amount: resolved.level })),
  );
  const pb = proficiencyBonusFor(context.tableLevel);
  const proficiencyBonus = statOf([{ source: `Character level ${context.tableLevel}`, amount: pb }]);

  const { abilities } = deriveAbilities(context);
  const mods = {} as Record<Ability, number>;
  for (const ability of ABILITIES) mods[ability] = abilities[ability].modifier.value;

  // Checks: bonuses that apply to all ability checks or to one ability's.
  const checkBonuses: { ability: Ability | undefined; part: StatPart }[] = [];
  let jackOfAllTrades: string | undefined;
  for (const { effect, source } of effects) {
    if (effect.kind === 'ability-check-bonus' && effect.amount !== 0)
      checkBonuses.push({ ability: effect.ability, part: { source, amount: effect.amount } });
    if (effect.kind === 'half-proficiency-on-checks') jackOfAllTrades ??= source;
  }
  const addCheckParts = (parts: StatPart[], ability: Ability): void => {
    for (const bonus of checkBonuses)
      if (bonus.ability === undefined || bonus.ability === ability) parts.push(bonus.part);
  };

  // Saving throws: the starting class's two, plus effects.
  const saveProficient = new Set<Ability>(context.classes[0]?.definition?.savingThrows ?? []);
  const saveBonuses: { ability: Ability | undefined; part: StatPart }[] = [];
  for (const { effect, source } of effects) {
    if (effect.kind === 'saving-throw-proficiency') saveProficient.add(effect.ability);
    if (effect.kind === 'saving-throw-bonus') {
      // Aura of Protection: the amount plus an ability's modifier, at least `minimum`.
      let amount = effect.amount + (effect.abilityModifier ? mods[effect.abilityModifier] : 0);
      if (effect.minimum !== undefined) amount = Math.max(effect.minimum, amount);
      if (amount !== 0) saveBonuses.push({ ability: effect.ability, part: { source, amount } });
    }
  }
  const savingThrows: DerivedSavingThrow[] = ABILITIES.map((ability) => {
    const proficient = saveProficient.has(ability);
    const parts: StatPart[] = [{ source: ABILITY_LABELS[ability], amount: mods[ability] }];
    if (proficient) parts.push({ source: 'Proficiency bonus', amount: pb });
    for (const bonus of saveBonuses)
      if (bonus.ability === undefined || bonus.ability === ability) parts.push(bonus.part);
    return { ability, proficient, bonus: statOf(parts) };
  });

  // Skills.
  const proficientSkills = new Set<SkillId>(listOf(build.skillProficiencies));
  for (const skill of context.background?.skills ?? []) proficientSkills.add(skill);
  const expertSkills = new Set<SkillId>(listOf(build.skillExpertise));
  const passiveBonuses: { skill: SkillId; part: StatPart }[] = [];
  for (const { effect, source } of effects) {
    if (effect.kind === 'skill-proficiency') proficientSkills.add(effect.skill);
    else if (effect.kind === 'skill-expertise') expertSkills.add(effect.skill);
    else if (effect.kind === 'passive-bonus')
      passiveBonuses.push({ skill: effect.skill, part: { source, amount: effect.amount } });
  }
  const halfPb = Math.floor(pb / 2);
  const skills: DerivedSkill[] = SKILL_IDS.map((skill) => {
    const ability = SKILLS[skill];
    const parts: StatPart[] = [{ source: ABILITY_LABELS[ability], amount: mods[ability] }];
    let proficiency: ProficiencyLevel = 'none';
    if (proficientSkills.has(skill)) {
      proficiency = expertSkills.has(skill) ? 'expertise' : 'proficient';
      parts.push({
        source: proficiency === 'expertise' ? 'Expertise (2 × proficiency bonus)' : 'Proficiency bonus',
        amount: proficiency === 'expertise' ? 2 * pb : pb,
      });
    } else if (jackOfAllTrades !== undefined) {
      proficiency = 'half';
      parts.push({ source: `${jackOfAllTrades} (half proficiency, rounded down)`, amount: halfPb });
    }
    addCheckParts(parts, ability);
    return { skill, ability, proficiency, bonus: statOf(parts) };
  });
  const passive = (skill: SkillId): Stat => {
    const found = skills[SKILL_IDS.indexOf(skill)];
    const parts: StatPart[] = [{ source: 'Base', amount: 10 }, ...found.bonus.breakdown];
    for (const bonus of passiveBonuses) if (bonus.skill === skill) parts.push(bonus.part);
    return statOf(parts);
  };

  // Initiative: a DEX check, plus initiative bonuses (Alert per profile).
  const initiativeParts: StatPart[] = [{ source: 'DEX', amount: mods.dex }];
  for (const { effect, source } of effects)
    if (effect.kind === 'initiative-bonus')
      initiativeParts.push({ source, amount: effect.amount === 'proficiency-bonus' ? pb : effect.amount });
  if (jackOfAllTrades !== undefined && profile.jackOfAllTradesOnInitiative)
    initiativeParts.push({ source: `${jackOfAllTrades} (half proficiency, rounded down)`, amount: halfPb });
  addCheckParts(initiativeParts, 'dex');

  const { armorClass, formula } = deriveArmorClass(context, mods);
  const maxHitPoints = deriveMaxHitPoints(context, mods.con);
  const speed = deriveSpeed(context, abilities.str.score.value);
  const casting = deriveSpellcasting(context, mods, pb);

  const movement = new Map<'climb' | 'swim' | 'fly' | 'burrow', number>();
  const resistances = new Set<DamageType>();
  let darkvision: StatPart | undefined;
  const armor = new Set<ArmorCategory>();
  const weapons = new Set<WeaponCategory>();
  const itemProficiencies = new Set<string>();
  const resources = new Map<string, DerivedResource>();
  context.classes.forEach((resolved, index) => {
    const definition = resolved.definition;
    if (!definition || resolved.level === 0) return;
    const grants = index === 0 ? definition : definition.multiclass;
    for (const category of grants.armor) armor.add(category);
    for (const category of grants.weapons) weapons.add(category);
    for (const item of grants.items) itemProficiencies.add(item);
    for (const resource of definition.resources) {
      const fromTable = resource.byLevel[resolved.level - 1] ?? 0;
      if (fromTable <= 0) continue;
      // Bardic Inspiration: uses equal the ability modifier (minimum 1) once the table grants any.
      const modifierAbility = resource.usesAbilityModifier;
      resources.set(resource.id, {
        id: resource.id,
        name: resource.name,
        max: statOf([
          modifierAbility
            ? {
                source: `${ABILITY_LABELS[modifierAbility]} modifier (minimum 1)`,
                amount: Math.max(1, mods[modifierAbility]),
              }
            : { source: `${resolved.name} ${resolved.level}`, amount: fromTable },
        ]),
        recharge: resource.recharge,
      });
    }
  });
  const tools = context.background?.tools;
  if (Array.isArray(tools)) for (const tool of tools as readonly string[]) itemProficiencies.add(tool);
  for (const { effect, source } of effects) {
    switch (effect.kind) {
      case 'movement': {
        const value = effect.speed === 'walk' ? speed.value : effect.speed;
        if (value > (movement.get(effect.mode) ?? 0)) movement.set(effect.mode, value);
        break;
      }
      case 'resistance':
        resistances.add(effect.damageType);
        break;
      case 'darkvision':
        if (!darkvision || effect.range > darkvision.amount) darkvision = { source, amount: effect.range };
        break;
      case 'armor-proficiency':
        armor.add(effect.category);
        break;
      case 'weapon-proficiency':
        weapons.add(effect.category);
        break;
      case 'item-proficiency':
        itemProficiencies.add(effect.item);
        break;
      case 'resource': {
        const amount = effect.uses === 'proficiency-bonus' ? pb : effect.uses;
        const existing = resources.get(effect.id);
        const part = { source, amount };
        if (existing) existing.max = statOf([...existing.max.breakdown, part]);
        else
          resources.set(effect.id, {
            id: effect.id,
            name: effect.name,
            max: statOf([part]),
            recharge: effect.recharge,
          });
        break;
      }
      // Applied by their own steps above (abilities, AC, HP, saves, skills, speed, spellcasting),
      // or not on the sheet (weapon bonuses belong to attacks). Listing them keeps this switch
      // exhaustive, so a new Effect kind fails the lint until the engine decides where it goes.
      case 'ability-score-increase':
      case 'ability-score-set':
      case 'ability-score-max':
      case 'armor-class-formula':
      case 'armor-class-bonus':
      case 'saving-throw-proficiency':
      case 'saving-throw-bonus':
      case 'skill-proficiency':
      case 'skill-expertise':
      case 'half-proficiency-on-checks':
      case 'initiative-bonus':
      case 'speed-bonus':
      case 'hit-points-per-level':
      case 'passive-bonus':
      case 'carrying-size-increase':
      case 'spell-attack-bonus':
      case 'spell-save-dc-bonus':
      case 'weapon-attack-bonus':
      case 'weapon-damage-bonus':
      case 'ability-check-bonus':
        break;
    }
  }

  let attuned = 0;
  for (const item of context.items) if (item.entry.attuned) attuned++;

  return {
    edition: profile.edition,
    level,
    proficiencyBonus,
    abilities,
    savingThrows,
    skills,
    passivePerception: passive('perception'),
    passiveInvestigation: passive('investigation'),
    passiveInsight: passive('insight'),
    initiative: statOf(initiativeParts),
    armorClass,
    armorClassFormula: formula,
    maxHitPoints,
    hitDice: deriveHitDice(context),
    size: context.size,
    speed,
    movement: [...movement].map(([mode, value]) => ({ mode, speed: value })),
    carrying: deriveCarrying(context, abilities.str.score.value),
    spellcasting: casting.spellcasting,
    casterLevel: casting.casterLevel,
    spellSlots: casting.spellSlots,
    pactMagic: casting.pactMagic,
    attunement: { count: attuned, max: MAX_ATTUNED_ITEMS },
    proficiencies: {
      armor: [...armor],
      weapons: [...weapons],
      items: [...itemProficiencies],
      savingThrows: [...saveProficient],
    },
    resistances: [...resistances],
    darkvision: statOf(darkvision ? [darkvision] : []),
    resources: [...resources.values()],
  };
}

/** Walking speed: species speed, bonuses whose condition holds, −10 ft in heavy armor without its STR. */
function deriveSpeed(context: BuildContext, strength: number): Stat {
  const { species, armor, shield } = context;
  const parts: StatPart[] = [
    species ? { source: species.name, amount: species.speed } : { source: 'Base speed', amount: 30 },
  ];
  for (const { effect, source } of context.effects) {
    if (effect.kind !== 'speed-bonus' || effect.amount === 0) continue;
    if (effect.requires === 'no-heavy-armor' && armor?.base.category === 'heavy') continue;
    if (effect.requires === 'no-armor-no-shield' && (armor || shield)) continue;
    parts.push({ source, amount: effect.amount });
  }
  if (armor && armor.base.strengthMinimum > 0 && strength < armor.base.strengthMinimum)
    parts.push({ source: `${armor.name} (needs STR ${armor.base.strengthMinimum})`, amount: -10 });
  return statOf(parts);
}

function deriveCarrying(context: BuildContext, strength: number): DerivedCharacter['carrying'] {
  let size = context.size;
  let sizeSource = `Size ${size}`;
  const powerful = context.effects.find((active) => active.effect.kind === 'carrying-size-increase');
  if (powerful) {
    size = nextSize(size);
    sizeSource = `${powerful.source} (counts as ${size})`;
  }
  const multiplier = CARRYING_SIZE_MULTIPLIER[size];
  const base = Math.max(0, strength) * CARRYING_CAPACITY_PER_STRENGTH;
  const capacityParts: StatPart[] = [
    { source: `STR ${strength} × ${CARRYING_CAPACITY_PER_STRENGTH} lb`, amount: base },
  ];
  if (multiplier !== 1)
    capacityParts.push({ source: `${sizeSource} (×${multiplier})`, amount: base * multiplier - base });
  const capacity = statOf(capacityParts);

  const weightParts: StatPart[] = [];
  for (const item of context.items) {
    const weight = item.magic?.weight ?? item.base?.weight ?? 0;
    const quantity = Number.isFinite(item.entry.quantity) ? Math.max(0, item.entry.quantity) : 0;
    if (weight > 0 && quantity > 0)
      weightParts.push({ source: quantity === 1 ? item.name : `${item.name} ×${quantity}`, amount: weight * quantity });
  }
  const carriedWeight = statOf(weightParts);
  return { capacity, carriedWeight, state: encumbranceState(carriedWeight.value, capacity.value) };
}
