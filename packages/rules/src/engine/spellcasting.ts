import type { Ability } from '../model/basics.js';
import type { ClassSpellcasting } from '../model/content.js';
import type { RuleProfile } from '../profiles/rule-profile.js';
import { highestSlotLevel, pactMagicForLevel, spellSlotsForCasterLevel } from '../tables/spell-slots.js';
import type { BuildContext, ResolvedClass } from './context.js';
import type { DerivedSpellcasting } from './derived-character.js';
import { ABILITY_LABELS, type Stat, type StatPart, statOf } from './stat.js';

export interface SpellcastingResult {
  spellcasting: DerivedSpellcasting[];
  casterLevel: Stat;
  spellSlots: number[];
  pactMagic: { slots: number; slotLevel: number } | null;
}

/** First class level that casts: 2014 Paladins and Rangers start at level 2. */
export function castingStartLevel(spellcasting: ClassSpellcasting, profile: RuleProfile): number {
  return spellcasting.progression === 'half'
    ? Math.max(spellcasting.startsAtLevel, profile.halfCasterMinimumLevel)
    : spellcasting.startsAtLevel;
}

/** A single-class caster's level on the slot table: the class tables round partial casters up. */
export function singleClassCasterLevel(spellcasting: ClassSpellcasting, level: number, profile: RuleProfile): number {
  if (level < castingStartLevel(spellcasting, profile)) return 0;
  switch (spellcasting.progression) {
    case 'full':
      return level;
    case 'half':
      return Math.ceil(level / 2);
    case 'third':
      return Math.ceil(level / 3);
    case 'pact':
      return 0;
  }
}

/** What one class contributes to the multiclass caster level (half: per profile; third: down). */
function multiclassShare(spellcasting: ClassSpellcasting, level: number, profile: RuleProfile): number {
  switch (spellcasting.progression) {
    case 'full':
      return level;
    case 'half':
      return profile.halfCasterRounding === 'up' ? Math.ceil(level / 2) : Math.floor(level / 2);
    case 'third':
      return Math.floor(level / 3);
    case 'pact':
      return 0;
  }
}

const SHARE_LABEL = { full: '', half: ' (half', third: ' (third', pact: '' } as const;

export function deriveSpellcasting(
  context: BuildContext,
  modifiers: Record<Ability, number>,
  proficiencyBonus: number,
): SpellcastingResult {
  const { profile, effects } = context;
  const dcBonuses: StatPart[] = [];
  const attackBonuses: StatPart[] = [];
  for (const { effect, source } of effects) {
    if (effect.kind === 'spell-save-dc-bonus' && effect.amount !== 0) dcBonuses.push({ source, amount: effect.amount });
    if (effect.kind === 'spell-attack-bonus' && effect.amount !== 0)
      attackBonuses.push({ source, amount: effect.amount });
  }

  const spellcasting: DerivedSpellcasting[] = [];
  const slotCasters: { resolved: ResolvedClass; casting: ClassSpellcasting }[] = [];
  let pactLevel = 0;
  for (const resolved of context.classes) {
    const casting = resolved.spellcasting;
    if (!casting || resolved.level < castingStartLevel(casting, profile) || resolved.level === 0) continue;
    const pact = casting.progression === 'pact';
    if (pact) pactLevel += resolved.level;
    else slotCasters.push({ resolved, casting });
    const mod = modifiers[casting.ability];
    const label = ABILITY_LABELS[casting.ability];
    spellcasting.push({
      classId: resolved.entry.classId,
      ability: casting.ability,
      saveDC: statOf([
        { source: 'Base', amount: 8 },
        { source: 'Proficiency bonus', amount: proficiencyBonus },
        { source: label, amount: mod },
        ...dcBonuses,
      ]),
      attackBonus: statOf([
        { source: 'Proficiency bonus', amount: proficiencyBonus },
        { source: label, amount: mod },
        ...attackBonuses,
      ]),
      cantripsKnown: (casting.cantripsKnown[resolved.level - 1] ?? 0) + resolved.bonusCantrips,
      preparedSpells: casting.preparedSpells[resolved.level - 1] ?? 0,
      maxSpellLevel: pact
        ? (pactMagicForLevel(resolved.level)?.slotLevel ?? 0)
        : highestSlotLevel(spellSlotsForCasterLevel(singleClassCasterLevel(casting, resolved.level, profile))),
      pactMagic: pact,
    });
  }

  const parts: StatPart[] = [];
  if (slotCasters.length === 1) {
    const { resolved, casting } = slotCasters[0];
    const share = singleClassCasterLevel(casting, resolved.level, profile);
    const note = casting.progression === 'full' ? '' : `${SHARE_LABEL[casting.progression]}, class table)`;
    parts.push({ source: `${resolved.name} ${resolved.level}${note}`, amount: share });
  } else {
    for (const { resolved, casting } of slotCasters) {
      const share = multiclassShare(casting, resolved.level, profile);
      const rounding = casting.progression === 'half' ? `, rounded ${profile.halfCasterRounding})` : ', rounded down)';
      const note = casting.progression === 'full' ? '' : `${SHARE_LABEL[casting.progression]}${rounding}`;
      parts.push({ source: `${resolved.name} ${resolved.level}${note}`, amount: share });
    }
  }
  const casterLevel = statOf(parts);
  return {
    spellcasting,
    casterLevel,
    spellSlots: spellSlotsForCasterLevel(casterLevel.value),
    pactMagic: pactMagicForLevel(pactLevel),
  };
}
