import { type Identity, parseId, validateInput } from '@grimoire/platform';
import {
  castSpell,
  type CharacterBuild,
  type Inventory,
  type RulesCatalog,
  type SpellEntry,
  validateWithDerived,
  type ValidationIssue,
} from '@grimoire/rules';
import { z } from 'zod';

import type { CharacterRow } from '../db/tables/index.js';
import {
  applyCharacterChange,
  type CharacterChangeDeps,
  type CharacterChangeOutcome,
} from './apply-character-change.js';
import { changePlayState, type PlayStateDeps } from './change-play-state.js';
import { catalogIdSchema } from './character-input.js';
import { sheetBuildOf } from './derive-equipment-from-inventory.js';
import { type CharacterCatalogDeps, loadCharacterCatalog } from './load-character-catalog.js';

export type SpellsDeps = CharacterChangeDeps & CharacterCatalogDeps;

/** Spell issues the engine reports; a spell change that adds one is refused. */
function spellIssues(build: CharacterBuild, inventory: Inventory, catalog: RulesCatalog): ValidationIssue[] {
  const { report } = validateWithDerived(sheetBuildOf(build, inventory), catalog);
  return report.issues.filter((issue) => issue.ruleId.startsWith('spells.'));
}

const issueKey = (issue: ValidationIssue) => `${issue.ruleId}|${issue.message}`;

/**
 * A change to the spell list (owner only), accepted only when the engine finds no spell issue
 * that was not there before: class list, castable level, cantrip and prepared counts, duplicates.
 * Issues the character already had (a sheet entered by hand) do not block an unrelated change.
 */
async function changeSpells(
  deps: SpellsDeps,
  viewerId: string,
  rawId: string,
  reason: (catalog: RulesCatalog) => string,
  edit: (spells: readonly SpellEntry[]) => SpellEntry[] | { message: string; field: string },
): Promise<CharacterRow> {
  const characterId = parseId(rawId, 'id');
  const { catalog } = await loadCharacterCatalog(deps, characterId);
  const { row } = await applyCharacterChange(deps, {
    characterId,
    actorId: viewerId,
    reason: reason(catalog),
    change: (state): CharacterChangeOutcome => {
      const edited = edit(state.build.spells ?? []);
      if (!Array.isArray(edited))
        return { ok: false, message: `${edited.field}: ${edited.message}`, field: edited.field };
      const build: CharacterBuild = { ...state.build, spells: edited };
      const before = new Set(spellIssues(state.build, state.inventory, catalog).map(issueKey));
      const added = spellIssues(build, state.inventory, catalog).find((issue) => !before.has(issueKey(issue)));
      if (added) {
        const field = added.path.endsWith('.spellId')
          ? 'spellId'
          : added.path.endsWith('.classId')
            ? 'classId'
            : 'spellId';
        return {
          ok: false,
          message: `${field}: ${added.message}${added.suggestion ? ` ${added.suggestion}` : ''}`,
          field,
        };
      }
      return { ok: true, state: { ...state, build } };
    },
  });
  return row;
}

const spellArgs = (rawClassId: string, rawSpellId: string) => ({
  classId: validateInput(catalogIdSchema, rawClassId, 'classId'),
  spellId: validateInput(catalogIdSchema, rawSpellId, 'spellId'),
});

const spellName = (catalog: RulesCatalog, spellId: string) => catalog.spells.get(spellId)?.name ?? spellId;

function indexOf(spells: readonly SpellEntry[], classId: string, spellId: string): number {
  return spells.findIndex((entry) => entry.classId === classId && entry.spellId === spellId);
}

const notKnown = (classId: string, spellId: string) => ({
  message: `${spellId} is not among the ${classId} spells of this character`,
  field: 'spellId',
});

/** Adds a spell to a class's list (a spellbook or known spell), prepared or not. */
export async function learnSpell(
  deps: SpellsDeps,
  viewerId: string,
  rawId: string,
  rawClassId: string,
  rawSpellId: string,
  prepared: boolean,
): Promise<CharacterRow> {
  const { classId, spellId } = spellArgs(rawClassId, rawSpellId);
  return changeSpells(
    deps,
    viewerId,
    rawId,
    (catalog) => `Learned ${spellName(catalog, spellId)} (${classId})`,
    (spells) =>
      indexOf(spells, classId, spellId) >= 0
        ? { message: `${spellId} is already among the ${classId} spells`, field: 'spellId' }
        : [...spells, { classId, spellId, prepared }],
  );
}

export async function forgetSpell(
  deps: SpellsDeps,
  viewerId: string,
  rawId: string,
  rawClassId: string,
  rawSpellId: string,
): Promise<CharacterRow> {
  const { classId, spellId } = spellArgs(rawClassId, rawSpellId);
  return changeSpells(
    deps,
    viewerId,
    rawId,
    (catalog) => `Forgot ${spellName(catalog, spellId)} (${classId})`,
    (spells) =>
      indexOf(spells, classId, spellId) < 0
        ? notKnown(classId, spellId)
        : spells.filter((_, index) => index !== indexOf(spells, classId, spellId)),
  );
}

/** Prepares or unprepares a spell the class already has. */
export async function setSpellPrepared(
  deps: SpellsDeps,
  viewerId: string,
  rawId: string,
  rawClassId: string,
  rawSpellId: string,
  prepared: boolean,
): Promise<CharacterRow> {
  const { classId, spellId } = spellArgs(rawClassId, rawSpellId);
  return changeSpells(
    deps,
    viewerId,
    rawId,
    (catalog) => `${prepared ? 'Prepared' : 'Unprepared'} ${spellName(catalog, spellId)} (${classId})`,
    (spells) => {
      const index = indexOf(spells, classId, spellId);
      if (index < 0) return notKnown(classId, spellId);
      return spells.map((entry, position) => (position === index ? { ...entry, prepared } : entry));
    },
  );
}

/** Unprepares one spell and prepares another of the same class in one change (the count stays). */
export async function swapPreparedSpell(
  deps: SpellsDeps,
  viewerId: string,
  rawId: string,
  rawClassId: string,
  rawUnprepare: string,
  rawPrepare: string,
): Promise<CharacterRow> {
  const classId = validateInput(catalogIdSchema, rawClassId, 'classId');
  const out = validateInput(catalogIdSchema, rawUnprepare, 'unprepare');
  const into = validateInput(catalogIdSchema, rawPrepare, 'prepare');
  return changeSpells(
    deps,
    viewerId,
    rawId,
    (catalog) => `Swapped ${spellName(catalog, out)} for ${spellName(catalog, into)} (${classId})`,
    (spells) => {
      const from = indexOf(spells, classId, out);
      if (from < 0 || !spells[from].prepared)
        return { message: `${out} is not a prepared ${classId} spell`, field: 'unprepare' };
      const to = indexOf(spells, classId, into);
      if (to >= 0 && spells[to].prepared) return { message: `${into} is already prepared`, field: 'prepare' };
      const next = spells.map((entry, position) =>
        position === from ? { ...entry, prepared: false } : position === to ? { ...entry, prepared: true } : entry,
      );
      // A spell not yet on the list (a cleric prepares from the whole class list) joins it prepared.
      return to >= 0 ? next : [...next, { classId, spellId: into, prepared: true }];
    },
  );
}

const castSchema = z.object({
  spellId: catalogIdSchema,
  slotLevel: z.number().int('must be a whole number').min(0, 'must be 0 to 9').max(9, 'must be 0 to 9').nullish(),
  asRitual: z.boolean(),
  usePactSlot: z.boolean().nullish(),
});

/**
 * Casts a spell the character has: a cantrip or ritual spends nothing, anything else a slot of the
 * chosen level or a Pact Magic slot (the default for a Pact Magic class's spell). Starting a
 * concentration spell ends the previous one. Owner only; a delta like every play-state change.
 */
export async function castCharacterSpell(
  deps: PlayStateDeps,
  viewer: Identity,
  rawId: string,
  rawInput: z.input<typeof castSchema>,
): Promise<CharacterRow> {
  const input = validateInput(castSchema, rawInput, '');
  return changePlayState(deps, viewer, rawId, {
    reason: `Cast ${input.spellId}${input.asRitual ? ' as a ritual' : input.slotLevel ? ` at level ${input.slotLevel}` : ''}`,
    who: 'owner',
    fields: { slotLevel: 'slotLevel' },
    operate: ({ play, context, derived, state, catalog }) => {
      const spell = catalog.spells.get(input.spellId);
      if (!spell)
        return {
          ok: false,
          reason: 'unknown-spell',
          message: `No spell “${input.spellId}” in the catalog.`,
          path: 'spellId',
        };
      const entries = (state.build.spells ?? []).filter((entry) => entry.spellId === spell.id);
      const casters = entries.map((entry) => ({
        entry,
        casting: derived.spellcasting.find((candidate) => candidate.classId === entry.classId),
        definition: catalog.classes.get(entry.classId)?.spellcasting,
      }));
      const usable = casters.find(({ entry, casting, definition }) => {
        if (!casting) return false;
        if (spell.level === 0) return true;
        if (input.asRitual)
          // Wizards cast rituals from their spellbook without preparing them (Ritual Adept).
          return (
            spell.ritual && definition?.ritualCasting === true && (entry.prepared || definition.spellList === 'wizard')
          );
        return entry.prepared;
      });
      if (!usable) {
        const message =
          entries.length === 0
            ? `${spell.name} is not among the character's spells.`
            : input.asRitual
              ? `${spell.name} cannot be cast as a ritual by this character (it needs the Ritual tag and a class that casts rituals).`
              : `${spell.name} is not prepared.`;
        return { ok: false, reason: 'not-castable', message, path: 'spellId' };
      }
      const result = castSpell(
        play,
        {
          spellId: spell.id,
          spellLevel: spell.level,
          concentration: spell.concentration,
          ...(input.asRitual ? { ritual: true } : {}),
          ...(input.slotLevel != null ? { slotLevel: input.slotLevel } : {}),
          ...((input.usePactSlot ?? usable.casting?.pactMagic) && spell.level > 0 && !input.asRitual
            ? { usePactSlot: true }
            : {}),
        },
        context,
      );
      return result.ok || result.path !== undefined ? result : { ...result, path: 'slotLevel' };
    },
  });
}
