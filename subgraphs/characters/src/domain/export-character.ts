import { randomUUID } from 'node:crypto';

import { badUserInput, notFound, parseId } from '@grimoire/platform';
import { ROOT_THEME, THEME_IDS } from '@grimoire/rules';
import { z } from 'zod';

import type { CharactersLoaders } from '../db/loaders.js';
import type { CharacterRow } from '../db/tables/index.js';
import type { CharacterState } from './character-state.js';
import { stateOfRow } from './character-state.js';
import { moveEquipmentIntoInventory } from './derive-equipment-from-inventory.js';
import { type CreateCharacterDeps, insertCharacterStates } from './create-character.js';
import { characterNameSchema } from './validate-character-input.js';

export const EXPORT_FORMAT = 'grimoire.character';
export const EXPORT_FORMAT_VERSION = 1;
/** An export is a sheet, not a save game: anything larger is not one of ours. */
const IMPORT_MAX_BYTES = 256 * 1024;

export interface CharacterExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** Informational: where and when it came from. Import ignores them. */
  exportedFrom: { id: string; version: number; exportedAt: string };
  character: CharacterState;
}

/** The whole state of a character as JSON (readable like the character itself). */
export async function exportCharacter(loaders: CharactersLoaders, rawId: string): Promise<CharacterExport> {
  const id = parseId(rawId, 'id');
  const row = await loaders.characterById.load(id);
  if (!row) throw notFound(`No character has id ${id}.`, { field: 'id' });
  return exportOf(row);
}

export function exportOf(row: CharacterRow): CharacterExport {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedFrom: { id: row.id, version: row.version, exportedAt: new Date().toISOString() },
    character: stateOfRow(row),
  };
}

const count = z.number().int().min(0);
const idString = z.string().min(1).max(200);

// The structure import insists on: what the rules engine indexes into without checking. Unknown
// ids and rule breaks are the validation report's business, as for a sheet entered by hand.
const buildSchema = z.looseObject({
  edition: z.enum(['2024', '2014']),
  classes: z.array(z.looseObject({ classId: idString, level: z.number().int().min(1).max(20) })).max(12),
  abilityScores: z.looseObject({
    method: z.enum(['standard-array', 'point-buy', 'rolled', 'manual']),
    base: z.object({ str: count, dex: count, con: count, int: count, wis: count, cha: count }),
  }),
  skillProficiencies: z.array(idString).max(18),
  skillExpertise: z.array(idString).max(18),
  feats: z.array(z.looseObject({ featId: idString, source: z.looseObject({ kind: z.string() }) })).max(40),
  equipment: z
    .array(z.looseObject({ itemId: idString, quantity: count, equipped: z.boolean(), attuned: z.boolean() }))
    .max(500),
  spells: z.array(z.looseObject({ classId: idString, spellId: idString, prepared: z.boolean() })).max(500),
});

const importSchema = z.object({
  format: z.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}"`),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION, `must be ${EXPORT_FORMAT_VERSION}`),
  exportedFrom: z.unknown().optional(),
  character: z.object({
    name: characterNameSchema,
    edition: z.enum(['2024', '2014']),
    isTemplate: z.boolean(),
    // Exports from before themes have none: the root theme.
    theme: z.enum(THEME_IDS).default(ROOT_THEME),
    build: buildSchema,
    inventory: z.looseObject({
      entries: z
        .array(
          z.looseObject({
            entryId: idString,
            quantity: z.number().int().min(1),
            equipped: z.boolean(),
            attuned: z.boolean(),
            containerId: idString.nullable(),
          }),
        )
        .max(1000),
      currency: z.object({ cp: count, sp: count, ep: count, gp: count, pp: count }),
    }),
    playState: z.looseObject({}).nullable(),
  }),
});

/** Creates a new character of yours from an export (its id, owner and history are not carried over). */
export async function importCharacter(
  deps: CreateCharacterDeps,
  viewerId: string,
  data: unknown,
): Promise<CharacterRow> {
  if (JSON.stringify(data ?? null).length > IMPORT_MAX_BYTES) {
    throw badUserInput(`data: an export is at most ${IMPORT_MAX_BYTES / 1024} kB`, { field: 'data' });
  }
  const parsed = importSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['data', ...issue.path.map(String)].join('.');
    throw badUserInput(`${field}: ${issue.message}`, { field });
  }
  // An export from before items moved into the inventory lists them in its build.
  const state = moveEquipmentIntoInventory(parsed.data.character as unknown as CharacterState, randomUUID);
  const [row] = await insertCharacterStates(deps, viewerId, [{ ...state, edition: state.build.edition }], 'Imported');
  return row;
}
