import { randomUUID } from 'node:crypto';

import { parseId, validateInput } from '@grimoire/platform';
import type { CharacterBuild, Inventory, SkillId } from '@grimoire/rules';

import type { CharacterRow } from '../db/tables/index.js';
import { applyCharacterChange, type CharacterChangeDeps } from './apply-character-change.js';
import { manualBuild } from './build-character-from-input.js';
import { abilityIncreasesOf, createCharacterSchema } from './character-input.js';
import { inventoryEntriesOf, type StoredInventoryEntry } from './derive-equipment-from-inventory.js';
import { expectedVersionSchema } from './validate-character-input.js';
import { SRD_CATALOG } from '@grimoire/rules';

/** Every field of the creation input, all optional: absent leaves it, null clears what may be empty. */
const updateCharacterSchema = createCharacterSchema
  .pick({
    name: true,
    edition: true,
    species: true,
    lineage: true,
    background: true,
    size: true,
    classes: true,
    abilityScores: true,
    backgroundIncreases: true,
    skillProficiencies: true,
    skillExpertise: true,
    feats: true,
    equipment: true,
  })
  .partial();

export type UpdateCharacterData = Parameters<typeof updateCharacterSchema.parse>[0];

/**
 * An equipment edit replaces the catalog items of the inventory (custom items and coins stay);
 * whatever sat in a replaced container is carried loose.
 */
function replaceCatalogItems(inventory: Inventory, entries: readonly StoredInventoryEntry[]): Inventory {
  const kept = inventory.entries.filter((entry) => entry.itemId === undefined);
  const ids = new Set(kept.map((entry) => entry.entryId));
  return {
    ...inventory,
    entries: [
      ...kept.map((entry) =>
        entry.containerId !== null && !ids.has(entry.containerId) ? { ...entry, containerId: null } : entry,
      ),
      ...entries,
    ],
  };
}

/**
 * A manual edit of the build (an absolute change: it takes the expected version). Only the given
 * fields change; level history is dropped when the classes are edited by hand (it would no longer
 * describe them, and undo must not guess).
 */
export async function updateCharacter(
  deps: CharacterChangeDeps,
  viewerId: string,
  rawId: string,
  rawExpectedVersion: number,
  rawInput: UpdateCharacterData,
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const expectedVersion = validateInput(expectedVersionSchema, rawExpectedVersion, 'expectedVersion');
  const input = validateInput(updateCharacterSchema, rawInput);
  // Ids for the inventory entries an equipment edit creates, made here: the change must be pure.
  const entryIds = (input.equipment ?? []).map(() => randomUUID());
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    expectedVersion,
    reason: `Edited ${Object.keys(input).join(', ') || 'nothing'}`,
    change: (state) => {
      // The same mapping as a sheet entered at creation, for the fields given.
      const entered = manualBuild({ name: state.name, ...input }, SRD_CATALOG);
      let build: CharacterBuild = { ...state.build };
      const set = <K extends keyof CharacterBuild>(key: K, value: CharacterBuild[K] | undefined) => {
        if (value === undefined) delete (build as Partial<CharacterBuild>)[key];
        else build = { ...build, [key]: value };
      };
      if (input.edition !== undefined) set('edition', input.edition ?? '2024');
      if (input.species !== undefined) set('speciesId', input.species ?? undefined);
      if (input.lineage !== undefined) set('lineageId', input.lineage ?? undefined);
      if (input.background !== undefined) set('backgroundId', input.background ?? undefined);
      if (input.size !== undefined) set('size', input.size ?? undefined);
      if (input.classes !== undefined) {
        set('classes', entered.classes);
        set('levelHistory', undefined);
      }
      if (input.abilityScores !== undefined) set('abilityScores', entered.abilityScores);
      if (input.backgroundIncreases !== undefined)
        set('backgroundIncreases', abilityIncreasesOf(input.backgroundIncreases));
      if (input.skillProficiencies !== undefined)
        set('skillProficiencies', (input.skillProficiencies ?? []) as SkillId[]);
      if (input.skillExpertise !== undefined) set('skillExpertise', (input.skillExpertise ?? []) as SkillId[]);
      if (input.feats !== undefined) set('feats', entered.feats);
      let inventory = state.inventory;
      if (input.equipment !== undefined) {
        const ids = [...entryIds];
        inventory = replaceCatalogItems(
          state.inventory,
          inventoryEntriesOf(entered.equipment, () => ids.shift()!),
        );
      }
      return {
        ok: true,
        state: { ...state, name: input.name ?? state.name, edition: build.edition, build, inventory },
      };
    },
  });
  return row;
}
