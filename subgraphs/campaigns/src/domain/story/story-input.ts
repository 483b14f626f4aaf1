import { badUserInput, isUuid } from '@grimoire/platform';
import { z } from 'zod';

// Field rules shared by every story input (chapters, plots, NPCs, locations, factions).

/** A name or title: trimmed, 1-200 characters. */
export const storyNameSchema = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

/** Free text: trimmed, up to 5000 characters; null or blank clears it. */
export const storyTextSchema = z
  .string()
  .trim()
  .max(5000, 'must be at most 5000 characters')
  .nullable()
  .transform((text) => (text ? text : null));

/** A list of ids (duplicates dropped, order kept), at most `max`. */
export function idListSchema(max = 100) {
  return z
    .array(z.string().refine(isUuid, 'must hold ids (UUIDs)'))
    .max(max, `must hold at most ${max} ids`)
    .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);
}

export const storyIdSchema = z
  .string()
  .refine(isUuid, 'must be an id (UUID)')
  .transform((id) => id.toLowerCase());

/** An optional link to another entity; null unlinks it. */
export const optionalIdSchema = storyIdSchema.nullable();

/** Every id in `ids` must be one of `known` (entities of the same campaign). */
export function assertAllInCampaign(
  ids: readonly string[],
  known: ReadonlySet<string>,
  field: string,
  label: string,
): void {
  const missing = ids.find((id) => !known.has(id));
  if (missing) {
    throw badUserInput(`${field}: no ${label} ${missing} in this campaign.`, { field });
  }
}

/** The message for a cycle: `"A" → "B" → "A"`. */
export function describeCycle(cycle: readonly string[], nameOf: (id: string) => string): string {
  return cycle.map((id) => `"${nameOf(id)}"`).join(' → ');
}

/** Drops keys whose value is undefined (omitted input fields keep their stored value). */
export function withoutUndefined<TValues extends object>(
  values: TValues,
): { [K in keyof TValues]?: Exclude<TValues[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as {
    [K in keyof TValues]?: Exclude<TValues[K], undefined>;
  };
}
