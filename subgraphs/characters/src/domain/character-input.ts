import type {
  Ability,
  AbilityScoreMethod,
  Edition,
  FeatChoice,
  FeatInput,
  LevelChoices,
  Size,
  SkillId,
} from '@grimoire/rules';
import { z } from 'zod';

import { characterNameSchema } from './validate-character-input.js';

// The shapes the API accepts (resolver inputs are passed as they are), checked by zod before any
// rule sees them. Ids are only checked for shape; the rules engine knows which ones exist.

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$|^hb-[0-9a-f-]{36}(:[a-z0-9-]{1,64})?$/i;
export const catalogIdSchema = z
  .string()
  .regex(ID_PATTERN, 'must be a catalog id (e.g. `chain-mail`, or `hb-<uuid>` for homebrew)');
const idList = (max: number) => z.array(catalogIdSchema).max(max, `at most ${max} entries`).nullish();
const score = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 30')
  .max(30, 'must be between 1 and 30');
const level = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be between 1 and 20')
  .max(20, 'must be between 1 and 20');

const abilityIncreasesSchema = z
  .object({
    str: z.number().int().min(0).max(2).nullish(),
    dex: z.number().int().min(0).max(2).nullish(),
    con: z.number().int().min(0).max(2).nullish(),
    int: z.number().int().min(0).max(2).nullish(),
    wis: z.number().int().min(0).max(2).nullish(),
    cha: z.number().int().min(0).max(2).nullish(),
  })
  .nullish();

const featInputSchema = z.object({
  feat: catalogIdSchema,
  abilityIncreases: abilityIncreasesSchema,
  skills: idList(18),
});

export const levelChoicesSchema = z.object({
  class: catalogIdSchema.nullish(),
  hitPoints: z
    .object({
      method: z.enum(['fixed', 'rolled']),
      roll: z
        .number()
        .int('must be a whole number')
        .min(1, 'must be at least 1')
        .max(12, 'must be at most 12')
        .nullish(),
    })
    .refine((value) => value.method === 'fixed' || typeof value.roll === 'number', {
      message: 'a ROLLED hit point choice needs its roll',
      path: ['roll'],
    })
    .nullish(),
  subclass: catalogIdSchema.nullish(),
  feat: featInputSchema.nullish(),
  featureFeats: z.array(featInputSchema).max(10).nullish(),
  featureOptions: z
    .array(z.object({ feature: catalogIdSchema, option: catalogIdSchema }))
    .max(20)
    .nullish(),
  skills: idList(18),
  expertise: idList(18),
  spells: z
    .object({
      add: z
        .array(z.object({ spell: catalogIdSchema, prepared: z.boolean().nullish() }))
        .max(50)
        .nullish(),
      remove: idList(50),
    })
    .nullish(),
});

export const createCharacterSchema = z.object({
  name: characterNameSchema,
  edition: z.enum(['2024', '2014']).nullish(),
  species: catalogIdSchema.nullish(),
  lineage: catalogIdSchema.nullish(),
  background: catalogIdSchema.nullish(),
  size: z.enum(['tiny', 'small', 'medium', 'large', 'huge', 'gargantuan']).nullish(),
  classes: z
    .array(z.object({ class: catalogIdSchema, level, subclass: catalogIdSchema.nullish() }))
    .max(12, 'at most 12 classes')
    .nullish(),
  abilityScores: z
    .object({
      method: z.enum(['standard-array', 'point-buy', 'rolled', 'manual']),
      str: score,
      dex: score,
      con: score,
      int: score,
      wis: score,
      cha: score,
    })
    .nullish(),
  backgroundIncreases: abilityIncreasesSchema,
  skillProficiencies: idList(18),
  skillExpertise: idList(18),
  feats: idList(30),
  equipment: z
    .array(
      z.object({
        item: catalogIdSchema,
        quantity: z.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000).nullish(),
        equipped: z.boolean().nullish(),
        attuned: z.boolean().nullish(),
      }),
    )
    .max(200, 'at most 200 items')
    .nullish(),
  speciesSkills: idList(4),
  speciesFeat: featInputSchema.nullish(),
  originFeat: featInputSchema.omit({ feat: true }).nullish(),
  firstLevel: levelChoicesSchema.omit({ class: true, hitPoints: true, subclass: true, feat: true }).nullish(),
  startingEquipment: z
    .object({
      classOption: z.number().int().min(0).max(5).nullish(),
      background: z.enum(['items', 'gold']),
      picks: idList(10),
    })
    .nullish(),
  levels: z.array(levelChoicesSchema).max(19, 'at most 19 levels above the first').nullish(),
});

export type CreateCharacterData = z.input<typeof createCharacterSchema>;
export type ValidCreateCharacterData = z.output<typeof createCharacterSchema>;
export type LevelChoicesData = z.output<typeof levelChoicesSchema>;
export type FeatInputData = z.output<typeof featInputSchema>;

/** Empty or null fields of an ability-increase input dropped, the rest typed as the rules want them. */
export function abilityIncreasesOf(
  input: z.output<typeof abilityIncreasesSchema>,
): Partial<Record<Ability, number>> | undefined {
  if (!input) return undefined;
  const entries = Object.entries(input).filter(([, amount]) => typeof amount === 'number' && amount !== 0);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function featInputOf(input: FeatInputData): FeatInput {
  const increases = abilityIncreasesOf(input.abilityIncreases);
  return {
    featId: input.feat,
    ...(increases ? { abilityIncreases: increases } : {}),
    ...(input.skills?.length ? { skills: input.skills as SkillId[] } : {}),
  };
}

/** The API's level choices → the advancement rules' `LevelChoices` (plus the class, when named). */
export function levelChoicesOf(input: Partial<LevelChoicesData>): LevelChoices & { classId?: string } {
  return {
    ...(input.class ? { classId: input.class } : {}),
    ...(input.hitPoints
      ? {
          hitPoints:
            input.hitPoints.method === 'rolled'
              ? { method: 'rolled' as const, roll: input.hitPoints.roll ?? 0 }
              : { method: 'fixed' as const },
        }
      : {}),
    ...(input.subclass ? { subclassId: input.subclass } : {}),
    ...(input.feat ? { feat: featInputOf(input.feat) } : {}),
    ...(input.featureFeats?.length ? { featureFeats: input.featureFeats.map(featInputOf) } : {}),
    ...(input.featureOptions?.length
      ? { featureOptions: Object.fromEntries(input.featureOptions.map((pick) => [pick.feature, pick.option])) }
      : {}),
    ...(input.skills?.length ? { skills: input.skills as SkillId[] } : {}),
    ...(input.expertise?.length ? { expertise: input.expertise as SkillId[] } : {}),
    ...(input.spells
      ? {
          spells: {
            ...(input.spells.add
              ? { add: input.spells.add.map((pick) => ({ spellId: pick.spell, prepared: pick.prepared ?? true })) }
              : {}),
            ...(input.spells.remove ? { remove: input.spells.remove } : {}),
          },
        }
      : {}),
  };
}

export type { AbilityScoreMethod, Edition, FeatChoice, Size };
