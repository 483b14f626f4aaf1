import {
  type ClassDefinition,
  type ClassFeature,
  pactMagicForLevel,
  proficiencyBonus,
  RULES_2024,
  singleClassCasterLevel,
  spellSlotsForCasterLevel,
} from '@grimoire/rules';

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

/**
 * The class table, levels 1..20, from the class definition (SRD or homebrew alike) and the
 * rules engine's tables under the 2024 rules, so the catalog and character sheets agree.
 */
export function buildClassLevels(definition: ClassDefinition): ClassLevelRow[] {
  const spellcasting = definition.spellcasting;
  return Array.from({ length: 20 }, (_, index) => {
    const level = index + 1;
    const casterLevel = spellcasting ? singleClassCasterLevel(spellcasting, level, RULES_2024) : 0;
    const casting = spellcasting && level >= spellcasting.startsAtLevel ? spellcasting : null;
    return {
      level,
      proficiencyBonus: proficiencyBonus(level),
      features: definition.features.filter((feature) => feature.level === level),
      grantsFeatChoice: definition.featLevels.includes(level),
      cantripsKnown: casting?.cantripsKnown[index] ?? 0,
      preparedSpells: casting?.preparedSpells[index] ?? 0,
      spellSlots: spellSlotsForCasterLevel(casterLevel),
      pactMagic: casting?.progression === 'pact' ? pactMagicForLevel(level) : null,
      resources: definition.resources.map((resource) => ({
        id: resource.id,
        name: resource.name,
        value: resource.byLevel[index] ?? 0,
        recharge: resource.recharge,
      })),
    };
  });
}
