import { badUserInput, validateInput } from '@grimoire/platform';
import {
  ABILITIES,
  type ClassDefinition,
  DAMAGE_TYPES,
  type Dice,
  type Feat,
  type MagicItem,
  SIZES,
  SKILL_IDS,
  type SkillId,
  type Species,
  type Spell,
} from '@grimoire/rules';
import { z } from 'zod';

import { type EffectInputData, type EffectReferences, parseEffectInputs } from './parse-effect-input.js';

/**
 * Completeness checks of homebrew input. Each `parse…Input` returns the rules-model object
 * without `id` and `source` (the caller assigns them) or throws BAD_USER_INPUT naming the field.
 */

export interface HomebrewReferences extends EffectReferences {
  /** Whether a class id is an SRD class or one of the viewer's homebrew classes. */
  classExists(id: string): Promise<boolean>;
}

export type Draft<T> = Omit<T, 'id' | 'source'>;

export interface ParsedHomebrew<T> {
  name: string;
  description: string | null;
  content: Draft<T>;
}

const name = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const description = z
  .string()
  .trim()
  .max(20_000, 'must be at most 20000 characters')
  .nullish()
  .transform((value) => value || null);
const shortText = z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters');
const ability = z.enum(ABILITIES);
const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be from ${min} to ${max}`)
    .max(max, `must be from ${min} to ${max}`);
const DICE_SIDES: readonly number[] = [4, 6, 8, 10, 12, 20, 100];
const distinct = <T>(values: readonly T[]) => new Set(values).size === values.length;
const skillId = z
  .string()
  .refine((value) => (SKILL_IDS as string[]).includes(value), 'is not a skill id (e.g. "sleight-of-hand")');
const perLevel = (max: number) => z.array(wholeNumber(0, max)).length(20, 'must list 20 values, one per level 1-20');

function fail(field: string, message: string): never {
  throw badUserInput(`${field}: ${message}`, { field });
}

// ----------------------------------------------------------------------------------------- spells

export interface SpellInputData {
  name: string;
  description?: string | null;
  level: number;
  school: Spell['school'];
  classes: string[];
  ritual: boolean;
  concentration: boolean;
  castingTime: string;
  range: string;
  components: { verbal: boolean; somatic: boolean; material?: string | null };
  duration: string;
  damage?: { dice: { count: number; sides: number }; damageType: string; area: boolean } | null;
}

const spellSchema = z.object({
  name,
  description,
  level: wholeNumber(0, 9),
  school: z.enum([
    'abjuration',
    'conjuration',
    'divination',
    'enchantment',
    'evocation',
    'illusion',
    'necromancy',
    'transmutation',
  ]),
  classes: z
    .array(z.string())
    .min(1, 'must list at least one class')
    .max(12)
    .refine(distinct, 'must not repeat a class'),
  ritual: z.boolean(),
  concentration: z.boolean(),
  castingTime: shortText,
  range: shortText,
  components: z
    .object({
      verbal: z.boolean(),
      somatic: z.boolean(),
      material: z
        .string()
        .trim()
        .max(200, 'must be at most 200 characters')
        .nullish()
        .transform((value) => value || null),
    })
    .refine((value) => value.verbal || value.somatic || value.material !== null, 'must include V, S or a material'),
  duration: shortText,
  damage: z
    .object({
      dice: z.object({
        count: wholeNumber(1, 40),
        sides: z.number().refine((sides) => DICE_SIDES.includes(sides), 'must be 4, 6, 8, 10, 12, 20 or 100'),
      }),
      damageType: z.enum(DAMAGE_TYPES),
      area: z.boolean(),
    })
    .nullish(),
});

export async function parseSpellInput(input: SpellInputData, refs: HomebrewReferences): Promise<ParsedHomebrew<Spell>> {
  const valid = validateInput(spellSchema, input);
  for (const [index, classId] of valid.classes.entries()) {
    if (!(await refs.classExists(classId)))
      fail(`input.classes.${index}`, `"${classId}" is not a class in the catalog`);
  }
  return {
    name: valid.name,
    description: valid.description,
    content: {
      name: valid.name,
      level: valid.level,
      school: valid.school,
      classes: valid.classes,
      ritual: valid.ritual,
      concentration: valid.concentration,
      castingTime: valid.castingTime,
      range: valid.range,
      components: valid.components,
      duration: valid.duration,
      ...(valid.damage
        ? {
            damage: {
              dice: { count: valid.damage.dice.count, sides: valid.damage.dice.sides as Dice['sides'] },
              type: valid.damage.damageType,
              area: valid.damage.area,
            },
          }
        : {}),
    },
  };
}

// ------------------------------------------------------------------------------------------ feats

export interface FeatInputData {
  name: string;
  description?: string | null;
  category: Feat['category'];
  prerequisites?: {
    minimumLevel?: number | null;
    abilities?: { ability: string; minimum: number }[] | null;
    feature?: NonNullable<Feat['prerequisites']['feature']> | null;
  } | null;
  repeatable: boolean;
  effects?: EffectInputData[] | null;
  abilityIncrease?: { amount: number; from: string[]; max: number } | null;
}

const featSchema = z.object({
  name,
  description,
  category: z.enum(['origin', 'general', 'fighting-style', 'epic-boon']),
  prerequisites: z
    .object({
      minimumLevel: wholeNumber(1, 20).nullish(),
      abilities: z
        .array(z.object({ ability, minimum: wholeNumber(1, 30) }))
        .max(6)
        .nullish(),
      feature: z.enum(['fighting-style', 'spellcasting', 'light-armor', 'medium-armor']).nullish(),
    })
    .nullish(),
  repeatable: z.boolean(),
  abilityIncrease: z
    .object({
      amount: wholeNumber(1, 2),
      from: z.array(ability).min(1, 'must list at least one ability').refine(distinct, 'must not repeat an ability'),
      max: wholeNumber(20, 30),
    })
    .nullish(),
});

export function parseFeatInput(input: FeatInputData, refs: HomebrewReferences): ParsedHomebrew<Feat> {
  const valid = validateInput(featSchema, { ...input, effects: undefined });
  const effects = parseEffectInputs(input.effects, 'input.effects', refs);
  if (effects.length === 0 && !valid.abilityIncrease && !valid.description) {
    fail('input.effects', 'a feat needs at least one effect, an ability increase or a description');
  }
  const prerequisites = valid.prerequisites ?? {};
  return {
    name: valid.name,
    description: valid.description,
    content: {
      name: valid.name,
      category: valid.category,
      prerequisites: {
        ...(prerequisites.minimumLevel ? { minimumLevel: prerequisites.minimumLevel } : {}),
        ...(prerequisites.abilities?.length ? { abilities: prerequisites.abilities } : {}),
        ...(prerequisites.feature ? { feature: prerequisites.feature } : {}),
      },
      repeatable: valid.repeatable,
      effects,
      ...(valid.abilityIncrease ? { abilityIncrease: valid.abilityIncrease } : {}),
    },
  };
}

// ------------------------------------------------------------------------------------ magic items

export interface MagicItemInputData {
  name: string;
  description?: string | null;
  category: string;
  rarity: MagicItem['rarity'];
  requiresAttunement: boolean;
  effects?: EffectInputData[] | null;
  baseItemId?: string | null;
  charges?: { max: number; recharge: NonNullable<MagicItem['charges']>['recharge'] } | null;
}

const magicItemSchema = z.object({
  name,
  description,
  category: shortText,
  rarity: z.enum(['common', 'uncommon', 'rare', 'very-rare', 'legendary', 'artifact', 'varies']),
  requiresAttunement: z.boolean(),
  baseItemId: z.string().nullish(),
  charges: z
    .object({ max: wholeNumber(1, 50), recharge: z.enum(['dawn', 'long-rest', 'short-rest', 'none']) })
    .nullish(),
});

export function parseMagicItemInput(input: MagicItemInputData, refs: HomebrewReferences): ParsedHomebrew<MagicItem> {
  const valid = validateInput(magicItemSchema, { ...input, effects: undefined });
  if (valid.baseItemId && !refs.equipmentExists(valid.baseItemId)) {
    fail('input.baseItemId', `"${valid.baseItemId}" is not an equipment id in the catalog`);
  }
  const effects = parseEffectInputs(input.effects, 'input.effects', refs);
  if (effects.length === 0 && !valid.description) {
    fail('input.effects', 'a magic item needs at least one effect or a description');
  }
  return {
    name: valid.name,
    description: valid.description,
    content: {
      kind: 'magic-item',
      name: valid.name,
      category: valid.category,
      rarity: valid.rarity,
      requiresAttunement: valid.requiresAttunement,
      effects,
      ...(valid.baseItemId ? { baseItemId: valid.baseItemId } : {}),
      ...(valid.charges ? { charges: valid.charges } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------- species

export interface TraitInputData {
  name: string;
  effects?: EffectInputData[] | null;
}

export interface SpeciesInputData {
  name: string;
  description?: string | null;
  sizes: string[];
  speed: number;
  traits: TraitInputData[];
  lineages?: { name: string; traits: TraitInputData[]; damageType?: string | null }[] | null;
  lineageRequired?: boolean | null;
}

const traitSchema = z.object({ name });
const speciesSchema = z.object({
  name,
  description,
  sizes: z
    .array(z.enum(SIZES as [Species['sizes'][number], ...Species['sizes'][number][]]))
    .min(1, 'must list at least one size')
    .refine(distinct, 'must not repeat a size'),
  speed: wholeNumber(5, 120).refine((value) => value % 5 === 0, 'must be a multiple of 5 feet'),
  traits: z.array(traitSchema).max(12, 'at most 12 traits'),
  lineages: z
    .array(z.object({ name, traits: z.array(traitSchema).max(12), damageType: z.enum(DAMAGE_TYPES).nullish() }))
    .max(12, 'at most 12 lineages')
    .nullish(),
  lineageRequired: z.boolean().nullish(),
});

/** Species drafts carry trait and lineage names; the caller assigns their ids (`hb-<id>:<slug>`). */
export interface SpeciesDraft {
  name: string;
  sizes: Species['sizes'];
  speed: number;
  traits: { name: string; effects: ReturnType<typeof parseEffectInputs> }[];
  lineages: {
    name: string;
    damageType?: Species['lineages'][number]['damageType'];
    traits: { name: string; effects: ReturnType<typeof parseEffectInputs> }[];
  }[];
  lineageRequired: boolean;
}

function checkUniqueNames(names: readonly string[], path: string): void {
  const seen = new Set<string>();
  names.forEach((entry, index) => {
    const key = entry.trim().toLowerCase();
    if (seen.has(key)) fail(`${path}.${index}.name`, `"${entry}" is used twice`);
    seen.add(key);
  });
}

export function parseSpeciesInput(
  input: SpeciesInputData,
  refs: HomebrewReferences,
): { name: string; description: string | null; content: SpeciesDraft } {
  const valid = validateInput(speciesSchema, {
    ...input,
    traits: input.traits.map((trait) => ({ name: trait.name })),
    lineages: input.lineages?.map((lineage) => ({
      ...lineage,
      traits: lineage.traits.map((trait) => ({ name: trait.name })),
    })),
  });
  const lineages = valid.lineages ?? [];
  if (valid.traits.length === 0 && lineages.length === 0)
    fail('input.traits', 'a species needs at least one trait or lineage');
  checkUniqueNames(
    valid.traits.map((trait) => trait.name),
    'input.traits',
  );
  checkUniqueNames(
    lineages.map((lineage) => lineage.name),
    'input.lineages',
  );
  const traits = (list: readonly TraitInputData[], validNames: readonly { name: string }[], path: string) =>
    list.map((trait, index) => ({
      name: validNames[index].name,
      effects: parseEffectInputs(trait.effects, `${path}.${index}.effects`, refs),
    }));
  const lineageRequired = valid.lineageRequired ?? lineages.length > 0;
  if (lineageRequired && lineages.length === 0) fail('input.lineageRequired', 'requires at least one lineage');
  return {
    name: valid.name,
    description: valid.description,
    content: {
      name: valid.name,
      sizes: valid.sizes,
      speed: valid.speed,
      traits: traits(input.traits, valid.traits, 'input.traits'),
      lineages: lineages.map((lineage, index) => {
        const lineageInput = input.lineages![index];
        checkUniqueNames(
          lineage.traits.map((trait) => trait.name),
          `input.lineages.${index}.traits`,
        );
        return {
          name: lineage.name,
          ...(lineage.damageType ? { damageType: lineage.damageType } : {}),
          traits: traits(lineageInput.traits, lineage.traits, `input.lineages.${index}.traits`),
        };
      }),
      lineageRequired,
    },
  };
}

// ---------------------------------------------------------------------------------------- classes

export interface ClassInputData {
  name: string;
  description?: string | null;
  hitDie: number;
  primaryAbilities: string[];
  savingThrows: string[];
  armorProficiencies?: string[] | null;
  weaponProficiencies?: string[] | null;
  itemProficiencies?: string[] | null;
  skillChoices: { count: number; from: string[] };
  multiclassRequirements?: { ability: string; minimum: number }[] | null;
  subclassLevel?: number | null;
  features: { name: string; level: number; effects?: EffectInputData[] | null; grantsFeatChoice?: boolean | null }[];
  resources?: { name: string; byLevel: number[]; recharge: string }[] | null;
  spellcasting?: {
    ability: string;
    progression: string;
    startsAtLevel?: number | null;
    cantripsKnown: number[];
    preparedSpells: number[];
    ritualCasting: boolean;
  } | null;
  featLevels?: number[] | null;
}

const classSchema = z.object({
  name,
  description,
  hitDie: z.union([z.literal(6), z.literal(8), z.literal(10), z.literal(12)], { error: 'must be 6, 8, 10 or 12' }),
  primaryAbilities: z
    .array(ability)
    .min(1, 'must list 1 or 2 abilities')
    .max(2, 'must list 1 or 2 abilities')
    .refine(distinct, 'must not repeat an ability'),
  savingThrows: z
    .array(ability)
    .length(2, 'must list exactly 2 abilities')
    .refine(distinct, 'must list 2 different abilities'),
  armorProficiencies: z
    .array(z.enum(['light', 'medium', 'heavy', 'shield']))
    .refine(distinct, 'must not repeat a category')
    .nullish(),
  weaponProficiencies: z
    .array(z.enum(['simple', 'martial']))
    .refine(distinct, 'must not repeat a category')
    .nullish(),
  itemProficiencies: z.array(z.string()).max(20).nullish(),
  skillChoices: z
    .object({ count: wholeNumber(0, 6), from: z.array(skillId).max(18).refine(distinct, 'must not repeat a skill') })
    .refine((value) => value.count <= value.from.length, {
      message: 'count must not exceed the skills listed',
      path: ['count'],
    }),
  multiclassRequirements: z
    .array(z.object({ ability, minimum: wholeNumber(1, 20) }))
    .max(6)
    .nullish(),
  subclassLevel: wholeNumber(1, 20).nullish(),
  features: z
    .array(z.object({ name, level: wholeNumber(1, 20), grantsFeatChoice: z.boolean().nullish() }))
    .min(1, 'a class needs at least one feature')
    .max(120, 'at most 120 features'),
  resources: z
    .array(z.object({ name, byLevel: perLevel(99), recharge: z.enum(['short-rest', 'long-rest']) }))
    .max(10)
    .nullish(),
  spellcasting: z
    .object({
      ability: z.enum(['int', 'wis', 'cha']),
      progression: z.enum(['full', 'half', 'third', 'pact']),
      startsAtLevel: wholeNumber(1, 20).nullish(),
      cantripsKnown: perLevel(10),
      preparedSpells: perLevel(30),
      ritualCasting: z.boolean(),
    })
    .nullish(),
  featLevels: z.array(wholeNumber(1, 20)).max(20).refine(distinct, 'must not repeat a level').nullish(),
});

export type ClassDraft = Omit<Draft<ClassDefinition>, 'features' | 'resources' | 'spellcasting'> & {
  features: {
    name: string;
    level: number;
    effects: ReturnType<typeof parseEffectInputs>;
    grantsFeatChoice?: boolean;
  }[];
  resources: { name: string; byLevel: number[]; recharge: 'short-rest' | 'long-rest' }[];
  spellcasting?: Omit<NonNullable<ClassDefinition['spellcasting']>, 'spellList'>;
};

export function parseClassInput(
  input: ClassInputData,
  refs: HomebrewReferences,
): { name: string; description: string | null; content: ClassDraft } {
  const valid = validateInput(classSchema, {
    ...input,
    features: input.features.map(({ effects: _effects, ...rest }) => rest),
  });
  for (const [index, item] of (valid.itemProficiencies ?? []).entries()) {
    if (!refs.equipmentExists(item))
      fail(`input.itemProficiencies.${index}`, `"${item}" is not an equipment id in the catalog`);
  }
  if (!valid.features.some((feature) => feature.level === 1))
    fail('input.features', 'a class needs a feature at level 1');
  checkUniqueNames(
    valid.features.map((feature) => `${feature.name}@${feature.level}`),
    'input.features',
  );
  const armor = valid.armorProficiencies ?? [];
  const weapons = valid.weaponProficiencies ?? [];
  const items = valid.itemProficiencies ?? [];
  return {
    name: valid.name,
    description: valid.description,
    content: {
      name: valid.name,
      hitDie: valid.hitDie,
      primaryAbilities: valid.primaryAbilities,
      savingThrows: [valid.savingThrows[0], valid.savingThrows[1]],
      armor,
      weapons,
      items,
      skillChoices: { count: valid.skillChoices.count, from: valid.skillChoices.from as SkillId[] },
      multiclass: {
        allOf: valid.multiclassRequirements?.length
          ? valid.multiclassRequirements
          : valid.primaryAbilities.map((entry) => ({ ability: entry, minimum: 13 })),
        // A multiclass gains light armor and simple weapons at most unless the author says more (the SRD pattern).
        armor: armor.filter((category) => category === 'light' || category === 'shield'),
        weapons: weapons.filter((category) => category === 'simple'),
        items: [],
      },
      subclassLevel: valid.subclassLevel ?? 3,
      features: valid.features.map((feature, index) => ({
        name: feature.name,
        level: feature.level,
        effects: parseEffectInputs(input.features[index].effects, `input.features.${index}.effects`, refs),
        ...(feature.grantsFeatChoice ? { grantsFeatChoice: true } : {}),
      })),
      resources: valid.resources ?? [],
      ...(valid.spellcasting
        ? {
            spellcasting: {
              ability: valid.spellcasting.ability,
              progression: valid.spellcasting.progression,
              startsAtLevel: valid.spellcasting.startsAtLevel ?? 1,
              cantripsKnown: valid.spellcasting.cantripsKnown,
              preparedSpells: valid.spellcasting.preparedSpells,
              ritualCasting: valid.spellcasting.ritualCasting,
            },
          }
        : {}),
      featLevels: [...(valid.featLevels ?? [4, 8, 12, 16, 19])].sort((a, b) => a - b),
    },
  };
}
