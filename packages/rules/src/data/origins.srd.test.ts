import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ability, Size } from '../model/basics.js';
import type { Background, Feat, FeatPrerequisites, Lineage, Species, SpeciesTrait } from '../model/content.js';
import { SRD_BACKGROUNDS } from './backgrounds.js';
import { SRD_FEATS } from './feats.js';
import { SRD_SPECIES } from './species.js';

const SRD_DIR = resolve(import.meta.dirname, '../../../../../shared/srd');
const JSON_DIR = resolve(SRD_DIR, '5e-database/src/2024/en');
const HAS_SRD = existsSync(JSON_DIR);
const SKIP = HAS_SRD ? '' : ` (skipped: no SRD data at ${JSON_DIR})`;

interface Ref {
  index: string;
  name: string;
  url: string;
  level?: number;
  note?: string;
}
interface Option {
  option_type: string;
  item?: Ref;
  size?: string;
  count?: number;
  unit?: string;
  of?: Ref;
  items?: Option[];
  choice?: { choose: number; from: { equipment_category?: Ref } };
  ability_score?: Ref;
  minimum_score?: number;
}
interface ChoiceJson {
  choose: number;
  from: { options: Option[] };
}
interface SrdSpecies {
  index: string;
  name: string;
  size?: string;
  size_options?: ChoiceJson;
  speed: number;
  traits: Ref[];
  subspecies?: Ref[];
}
interface SrdSubspecies {
  index: string;
  name: string;
  species: Ref;
  traits: Ref[];
  damage_type?: Ref;
}
interface SrdTrait {
  index: string;
  name: string;
  description: string;
  species: Ref[];
  spells?: { spell: Ref }[];
  proficiency_choices?: ChoiceJson;
  speed?: number;
}
interface SrdBackground {
  index: string;
  name: string;
  ability_scores: Ref[];
  feat: Ref;
  proficiencies: Ref[];
  proficiency_choices?: ChoiceJson[];
  equipment_options: ChoiceJson[];
}
interface SrdFeat {
  index: string;
  name: string;
  type: string;
  repeatable?: string;
  prerequisites?: { minimum_level?: number; feature_named?: string };
  prerequisite_options?: ChoiceJson;
}
interface SrdProficiency {
  index: string;
  reference?: { url: string };
}

function load<T>(file: string): T[] {
  return JSON.parse(readFileSync(resolve(JSON_DIR, `5e-SRD-${file}.json`), 'utf8')) as T[];
}

const sorted = <T>(values: readonly T[]): T[] => [...values].sort();
const sizeOf = (name: string): Size => name.toLowerCase() as Size;

/** The spell ids a trait grants in the JSON (`/api/2024/spells/darkness-nyi` names `darkness`). */
const traitSpells = (trait: SrdTrait): string[] => (trait.spells ?? []).map((entry) => entry.spell.index);

/**
 * Where the 5e-database (2024) disagrees with the SRD 5.2.1, the tables follow the SRD; each
 * entry is checked both ways (ours is the SRD value, the JSON still differs).
 */
const SRD_CORRECTIONS = {
  /** Humans are Medium or Small (the JSON gives Medium only). */
  humanSizes: { ours: ['medium', 'small'] as Size[], json: 'Medium' },
  /**
   * Spells a trait grants that its JSON record does not list: the Wood Elf's level 1 benefit
   * includes Druidcraft (no JSON trait has it), and Otherworldly Presence's text names
   * Thaumaturgy without a `spells` entry.
   */
  traitSpellsMissingInJson: {
    'wood-elf-speed-increase': ['druidcraft'],
    'otherworldly-presence': ['thaumaturgy'],
  } as Record<string, string[]>,
  /** The Sage's Magic Initiate is the Wizard one; the JSON record has no note. */
  sageFeatOption: 'wizard',
};

describe.skipIf(!HAS_SRD)(`SRD species, backgrounds and feats match the 5e-database 2024 JSON${SKIP}`, () => {
  const species = HAS_SRD ? load<SrdSpecies>('Species') : [];
  const subspecies = HAS_SRD ? load<SrdSubspecies>('Subspecies') : [];
  const traits = HAS_SRD ? load<SrdTrait>('Traits') : [];
  const backgrounds = HAS_SRD ? load<SrdBackground>('Backgrounds') : [];
  const feats = HAS_SRD ? load<SrdFeat>('Feats') : [];
  const proficiencies = HAS_SRD ? load<SrdProficiency>('Proficiencies') : [];

  const trait = (index: string): SrdTrait => {
    const found = traits.find((entry) => entry.index === index);
    if (!found) throw new Error(`no trait ${index}`);
    return found;
  };
  const equipmentIndex = (proficiencyIndex: string): string => {
    const url = proficiencies.find((entry) => entry.index === proficiencyIndex)?.reference?.url ?? '';
    expect(url, proficiencyIndex).toMatch(/^\/api\/2024\/equipment\//);
    return url.slice('/api/2024/equipment/'.length);
  };

  /** Trait ids, spells and levels agree with the JSON trait records. */
  function expectTraits(ours: readonly SpeciesTrait[], json: readonly Ref[], owner: string): void {
    expect(sorted(ours.map((entry) => entry.id)), owner).toEqual(sorted(json.map((ref) => ref.index)));
    for (const ourTrait of ours) {
      const record = trait(ourTrait.id);
      const ref = json.find((entry) => entry.index === ourTrait.id)!;
      expect(ourTrait.name, ourTrait.id).toBe(record.name);
      // Subspecies list each trait's level; species traits gained later say so in their text.
      if (ref.level !== undefined) expect(ourTrait.level ?? 1, `${owner} ${ourTrait.id} level`).toBe(ref.level);
      else if (ourTrait.level !== undefined) expect(record.description).toContain(`character level ${ourTrait.level}`);
      else expect(record.description).not.toMatch(/character level \d/);
      const missing = SRD_CORRECTIONS.traitSpellsMissingInJson[ourTrait.id] ?? [];
      for (const spell of missing) expect(traitSpells(record)).not.toContain(spell);
      expect(sorted(ourTrait.spells ?? []), `${ourTrait.id} spells`).toEqual(
        sorted([...traitSpells(record), ...missing]),
      );
      const choice = record.proficiency_choices;
      expect(ourTrait.skillChoices?.count, `${ourTrait.id} skill choice`).toBe(choice?.choose);
      expect(sorted(ourTrait.skillChoices?.from ?? [])).toEqual(
        sorted(choice?.from.options.map((option) => option.item!.index) ?? []),
      );
    }
  }

  it('has the 9 species and the 24 lineages of the JSON', () => {
    expect(SRD_SPECIES).toHaveLength(9);
    expect(sorted(SRD_SPECIES.map((entry) => entry.id))).toEqual(sorted(species.map((entry) => entry.index)));
    const lineages = SRD_SPECIES.flatMap((entry) => entry.lineages);
    expect(lineages).toHaveLength(24);
    expect(sorted(lineages.map((entry) => entry.id))).toEqual(sorted(subspecies.map((entry) => entry.index)));
  });

  describe.each(SRD_SPECIES.map((entry) => [entry.id, entry] as const))('%s', (id, ours: Species) => {
    const json = (): SrdSpecies => species.find((entry) => entry.index === id)!;

    it('has the name, speed and sizes', () => {
      expect(ours.name).toBe(json().name);
      expect(ours.speed).toBe(json().speed);
      const options = json().size_options?.from.options.map((option) => sizeOf(option.size!));
      if (options) {
        expect(sorted(ours.sizes)).toEqual(sorted(options));
      } else if (id === 'human') {
        expect(json().size).toBe(SRD_CORRECTIONS.humanSizes.json);
        expect(sorted(ours.sizes)).toEqual(sorted(SRD_CORRECTIONS.humanSizes.ours));
      } else {
        expect(ours.sizes).toEqual([sizeOf(json().size!)]);
      }
    });

    it('has the traits of the JSON, with their spells and skill choices', () => {
      expectTraits(ours.traits, json().traits, id);
    });

    it('has its lineages, each with the traits, levels and damage type of its subspecies record', () => {
      expect(sorted(ours.lineages.map((lineage) => lineage.id))).toEqual(
        sorted((json().subspecies ?? []).map((ref) => ref.index)),
      );
      expect(ours.lineageRequired).toBe((json().subspecies ?? []).length > 0);
      for (const lineage of ours.lineages) {
        const record = subspecies.find((entry) => entry.index === lineage.id)!;
        expect(lineage.name).toBe(record.name);
        expect(lineage.speciesId).toBe(record.species.index);
        if (record.damage_type) expect(lineage.damageType, lineage.id).toBe(record.damage_type.index);
        expectTraits(lineage.traits, record.traits, lineage.id);
      }
    });
  });

  it('gives the Wood Elf the 35 ft Speed of its trait', () => {
    const wood: Lineage = SRD_SPECIES.find((entry) => entry.id === 'elf')!.lineages.find(
      (entry) => entry.id === 'elven-lineage-wood-elf',
    )!;
    const bonus = wood.traits.flatMap((entry) => entry.effects).find((effect) => effect.kind === 'speed-bonus');
    expect(30 + (bonus?.kind === 'speed-bonus' ? bonus.amount : 0)).toBe(trait('wood-elf-speed-increase').speed);
  });

  it('has the 4 backgrounds of the JSON', () => {
    expect(SRD_BACKGROUNDS).toHaveLength(4);
    expect(sorted(SRD_BACKGROUNDS.map((entry) => entry.id))).toEqual(sorted(backgrounds.map((entry) => entry.index)));
  });

  describe.each(SRD_BACKGROUNDS.map((entry) => [entry.id, entry] as const))('background %s', (id, ours: Background) => {
    const json = (): SrdBackground => backgrounds.find((entry) => entry.index === id)!;

    it('has the ability scores, origin feat, skills and tools', () => {
      expect(ours.name).toBe(json().name);
      expect(sorted(ours.abilityScores)).toEqual(sorted(json().ability_scores.map((ref) => ref.index)));
      expect(ours.featId).toBe(json().feat.index);
      if (json().feat.note) expect(ours.featOption).toBe(json().feat.note!.toLowerCase());
      else if (id === 'sage') expect(ours.featOption).toBe(SRD_CORRECTIONS.sageFeatOption);
      else expect(ours.featOption).toBeUndefined();
      const skills = json().proficiencies.filter((ref) => ref.index.startsWith('skill-'));
      expect(sorted(ours.skills)).toEqual(sorted(skills.map((ref) => ref.index.replace(/^skill-/, ''))));
      const tools = json()
        .proficiencies.filter((ref) => !ref.index.startsWith('skill-'))
        .map((ref) => equipmentIndex(ref.index));
      const toolChoice = json().proficiency_choices?.[0];
      if (toolChoice) {
        expect(ours.tools).toEqual({
          count: toolChoice.choose,
          from: toolChoice.from.options.map((option) => equipmentIndex(option.item!.index)),
        });
      } else {
        expect(ours.tools).toEqual(tools);
      }
    });

    it('has equipment option A and the gold of option B', () => {
      const [packageA, goldB] = json().equipment_options[0]!.from.options;
      const items: Record<string, number> = {};
      const choices: { category: string; count: number }[] = [];
      let gold = 0;
      for (const entry of packageA!.items ?? []) {
        if (entry.option_type === 'money') gold += entry.count!;
        else if (entry.option_type === 'choice')
          choices.push({ category: entry.choice!.from.equipment_category!.index, count: entry.choice!.choose });
        else if (entry.of!.url.startsWith('/api/2024/equipment-categories/'))
          choices.push({ category: entry.of!.index, count: entry.count! });
        else items[entry.of!.index] = (items[entry.of!.index] ?? 0) + entry.count!;
      }
      expect(ours.equipment.items).toEqual(items);
      expect(ours.equipment.gold).toBe(gold);
      expect(ours.equipment.choices ?? []).toEqual(choices);
      expect(goldB).toMatchObject({ option_type: 'money', unit: 'gp' });
      expect(ours.goldAlternative).toBe(goldB!.count);
    });
  });

  it('has the 17 feats of the JSON', () => {
    expect(SRD_FEATS).toHaveLength(17);
    expect(sorted(SRD_FEATS.map((entry) => entry.id))).toEqual(sorted(feats.map((entry) => entry.index)));
  });

  describe.each(SRD_FEATS.map((entry) => [entry.id, entry] as const))('feat %s', (id, ours: Feat) => {
    it('has the category, prerequisites and repeatability', () => {
      const json = feats.find((entry) => entry.index === id)!;
      expect(ours.name).toBe(json.name);
      expect(ours.category).toBe(json.type);
      expect(ours.repeatable).toBe(json.repeatable !== undefined);
      const features: Record<string, FeatPrerequisites['feature']> = {
        'Fighting Style': 'fighting-style',
        Spellcasting: 'spellcasting',
      };
      const expected: FeatPrerequisites = {};
      if (json.prerequisites?.minimum_level) expected.minimumLevel = json.prerequisites.minimum_level;
      if (json.prerequisite_options) {
        expected.abilities = json.prerequisite_options.from.options.map((option) => ({
          ability: option.ability_score!.index as Ability,
          minimum: option.minimum_score!,
        }));
      }
      if (json.prerequisites?.feature_named) expected.feature = features[json.prerequisites.feature_named];
      expect(ours.prerequisites).toEqual(expected);
    });
  });
});
