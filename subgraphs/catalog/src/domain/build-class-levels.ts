import type { ClassDefinition, ClassFeature, ClassSpellcasting } from '@grimoire/rules';

import { PACT_MAGIC_BY_LEVEL, proficiencyBonusAt, SPELL_SLOTS_BY_CASTER_LEVEL } from './level-tables.js';

export interface ClassLevelRow {
  level: number;
  proficiencyBonus: number;
  /** Features gained at this level (class only; subclass features are on the subclass). */
  features: readonly ClassFeature[];
  /** The level offers an Ability Score Improvement or a feat. */
  grantsFeatChoice: boolean;
  cantripsKnown: number;
  preparedSpells: number;
  /** Slots of levels 1..9 for a single-class character at this level (zeros for Pact Magic). */
  spellSlots: number[];
  pactMagic: { slots: number; slotLevel: number } | null;
  resources: { id: string; name: string; value: number; recharge: 'short-rest' | 'long-rest' }[];
}

/** Caster level on the slot table for one class alone: partial casters round up (2024 class tables). */
function singleClassCasterLevel(spellcasting: ClassSpellcasting, level: number): number {
  if (level < spellcasting.startsAtLevel) return 0;
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

/** The class table, levels 1..20, computed from the class definition (SRD or homebrew alike). */
export function buildClassLevels(definition: ClassDefinition): ClassLevelRow[] {
  const spellcasting = definition.spellcasting;
  return Array.from({ length: 20 }, (_, index) => {
    const level = index + 1;
    const casting = spellcasting && level >= spellcasting.startsAtLevel ? spellcasting : null;
    return {
      level,
      proficiencyBonus: proficiencyBonusAt(level),
      features: definition.features.filter((feature) => feature.level === level),
      grantsFeatChoice: definition.featLevels.includes(level),
      cantripsKnown: casting?.cantripsKnown[index] ?? 0,
      preparedSpells: casting?.preparedSpells[index] ?? 0,
      spellSlots: [...SPELL_SLOTS_BY_CASTER_LEVEL[casting ? singleClassCasterLevel(casting, level) : 0]],
      pactMagic: casting?.progression === 'pact' ? PACT_MAGIC_BY_LEVEL[index] : null,
      resources: definition.resources.map((resource) => ({
        id: resource.id,
        name: resource.name,
        value: resource.byLevel[index] ?? 0,
        recharge: resource.recharge,
      })),
    };
  });
}
