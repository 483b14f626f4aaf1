import { badUserInput, validateInput } from '@grimoire/platform';
import { MAX_LEVEL, SRD_CATALOG } from '@grimoire/rules';
import { z } from 'zod';

import { isHomebrewId } from '../homebrew-id.js';

/** What the game masters send: every field replaces the stored one; null or omitted means "no limit". */
export interface RuleProfileInput {
  allowSrd?: boolean | null | undefined;
  allowedHomebrew?: readonly string[] | null | undefined;
  allowedClasses?: readonly string[] | null | undefined;
  allowedSpecies?: readonly string[] | null | undefined;
  startingLevel?: number | null | undefined;
  levelRange?: { min: number; max: number } | null | undefined;
  bannedItems?: readonly string[] | null | undefined;
}

/** A checked profile, ready to store: ids lower-cased, without duplicates. */
export interface RuleProfileValues {
  allowSrd: boolean;
  allowedHomebrew: string[] | null;
  allowedClasses: string[] | null;
  allowedSpecies: string[] | null;
  startingLevel: number | null;
  minLevel: number | null;
  maxLevel: number | null;
  bannedItems: string[];
}

const MAX_IDS = 200;

/** A list of catalog ids, lower-cased and without duplicates; `emptyMessage` forbids an empty list. */
const idListSchema = (emptyMessage?: string) =>
  z
    .array(z.string().trim().toLowerCase().min(1, 'ids must not be empty').max(100, 'ids are at most 100 characters'))
    .min(emptyMessage ? 1 : 0, emptyMessage)
    .max(MAX_IDS, `at most ${MAX_IDS} ids`)
    .transform((ids) => [...new Set(ids)]);

const levelSchema = z
  .number()
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_LEVEL, `must be at most ${MAX_LEVEL}`);

const ruleProfileInputSchema = z
  .object({
    allowSrd: z.boolean().nullish(),
    allowedHomebrew: idListSchema().nullish(),
    allowedClasses: idListSchema('give at least one class, or null for any').nullish(),
    allowedSpecies: idListSchema('give at least one species, or null for any').nullish(),
    startingLevel: levelSchema.nullish(),
    levelRange: z
      .object({ min: levelSchema, max: levelSchema })
      .refine((range) => range.min <= range.max, { message: 'min must not be above max', path: ['min'] })
      .nullish(),
    bannedItems: idListSchema().nullish(),
  })
  .refine(
    (input) =>
      input.startingLevel == null ||
      input.levelRange == null ||
      (input.startingLevel >= input.levelRange.min && input.startingLevel <= input.levelRange.max),
    { message: 'must lie inside levelRange', path: ['startingLevel'] },
  );

/**
 * Checks a profile against the SRD and the campaign's homebrew (`campaignHomebrew`, the ids the
 * GM allowed with allowHomebrewInCampaign): every id must name something a character could use
 * in this campaign, so a typo never silently bans or allows nothing. BAD_USER_INPUT names the
 * field and the id.
 */
export function checkRuleProfileInput(input: RuleProfileInput, campaignHomebrew: readonly string[]): RuleProfileValues {
  const valid = validateInput(ruleProfileInputSchema, input);
  const allowSrd = valid.allowSrd ?? true;
  const inCampaign = new Set(campaignHomebrew);
  const fail = (field: string, message: string) =>
    badUserInput(`input.${field}: ${message}`, { field: `input.${field}` });

  for (const id of valid.allowedHomebrew ?? []) {
    if (!inCampaign.has(id)) {
      throw fail(
        'allowedHomebrew',
        `${id} is not allowed in this campaign; allow it with allowHomebrewInCampaign first.`,
      );
    }
  }
  // Homebrew a character may use under this profile.
  const usableHomebrew = new Set(valid.allowedHomebrew ?? campaignHomebrew);
  if (!allowSrd && usableHomebrew.size === 0) {
    throw fail('allowSrd', 'with neither SRD content nor homebrew allowed, no character could be built.');
  }

  /** An id of SRD content of one kind (when SRD is allowed), or usable homebrew. */
  const checkUsable = (field: string, ids: readonly string[] | null | undefined, isSrd: (id: string) => boolean) => {
    for (const id of ids ?? []) {
      if (isHomebrewId(id)) {
        if (!usableHomebrew.has(id)) throw fail(field, `${id} is not homebrew this profile allows.`);
      } else if (!isSrd(id)) {
        throw fail(field, `${id} is not an SRD id of this kind or a homebrew id (hb-…).`);
      } else if (!allowSrd) {
        throw fail(field, `${id} is SRD content, which this profile does not allow.`);
      }
    }
  };
  checkUsable('allowedClasses', valid.allowedClasses, (id) => SRD_CATALOG.classes.has(id));
  checkUsable('allowedSpecies', valid.allowedSpecies, (id) => SRD_CATALOG.species.has(id));
  // Any item may be banned, even one the profile's sources rule out already.
  for (const id of valid.bannedItems ?? []) {
    const known = isHomebrewId(id)
      ? inCampaign.has(id)
      : SRD_CATALOG.equipment.has(id) || SRD_CATALOG.magicItems.has(id);
    if (!known) throw fail('bannedItems', `${id} is neither an SRD item nor homebrew allowed in this campaign.`);
  }

  return {
    allowSrd,
    allowedHomebrew: valid.allowedHomebrew ?? null,
    allowedClasses: valid.allowedClasses ?? null,
    allowedSpecies: valid.allowedSpecies ?? null,
    startingLevel: valid.startingLevel ?? null,
    minLevel: valid.levelRange?.min ?? null,
    maxLevel: valid.levelRange?.max ?? null,
    bannedItems: valid.bannedItems ?? [],
  };
}
