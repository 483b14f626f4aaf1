import { randomUUID } from 'node:crypto';

import { badUserInput, forbidden, notFound } from '@grimoire/platform';
import type { CatalogContent, ClassDefinition, ContentSource, Feat, MagicItem, Species, Spell } from '@grimoire/rules';

import type { CatalogDb } from '../db/database.js';
import { deleteHomebrewRow, findHomebrewById, insertHomebrew, updateHomebrewRow } from '../db/queries/homebrew.js';
import type { HomebrewRow } from '../db/tables/index.js';
import type { HomebrewKind } from './content-kinds.js';
import { homebrewPublicId, requireHomebrewId, slugify } from './homebrew-id.js';
import type { PowerScore } from './power-score.js';
import { type CatalogEntry, type CatalogReadDeps, entryFromRow, findEntry } from './read-catalog.js';
import { scoreClass, scoreFeat, scoreMagicItem, scoreSpecies, scoreSpell } from './score-homebrew-power.js';
import {
  type ClassInputData,
  type FeatInputData,
  type HomebrewReferences,
  type MagicItemInputData,
  parseClassInput,
  parseFeatInput,
  parseMagicItemInput,
  parseSpeciesInput,
  parseSpellInput,
  type SpeciesInputData,
  type SpellInputData,
} from './validate-homebrew-input.js';

export interface HomebrewDeps {
  db: CatalogDb;
  read: CatalogReadDeps;
  /** The SRD tables as lists: the baselines of the power score. */
  srdContent: CatalogContent;
}

export interface HomebrewInputByKind {
  spell: SpellInputData;
  feat: FeatInputData;
  'magic-item': MagicItemInputData;
  species: SpeciesInputData;
  class: ClassInputData;
}

interface BuiltHomebrew {
  name: string;
  description: string | null;
  content: Spell | Feat | MagicItem | Species | ClassDefinition;
  power: PowerScore;
}

const KIND_LABEL: Record<HomebrewKind, string> = {
  spell: 'spell',
  feat: 'feat',
  'magic-item': 'magic item',
  species: 'species',
  class: 'class',
};

function references(deps: HomebrewDeps): HomebrewReferences {
  return {
    equipmentExists: (id) => deps.read.srd.equipment.has(id),
    classExists: async (id) => (await findEntry(deps.read, 'class', id)) !== null,
  };
}

/** Validates the input, gives every part its id under `hb-<rowId>`, and scores it. */
async function buildHomebrew<TKind extends HomebrewKind>(
  deps: HomebrewDeps,
  kind: TKind,
  rowId: string,
  ownerId: string,
  input: HomebrewInputByKind[TKind],
): Promise<BuiltHomebrew> {
  const id = homebrewPublicId(rowId);
  const source: ContentSource = { kind: 'homebrew', ownerId };
  const refs = references(deps);
  switch (kind) {
    case 'spell': {
      const parsed = await parseSpellInput(input as SpellInputData, refs);
      const content: Spell = { id, source, ...parsed.content };
      return { ...parsed, content, power: scoreSpell(content, deps.srdContent) };
    }
    case 'feat': {
      const parsed = parseFeatInput(input as FeatInputData, refs);
      const content: Feat = { id, source, ...parsed.content };
      return { ...parsed, content, power: scoreFeat(content, deps.srdContent) };
    }
    case 'magic-item': {
      const parsed = parseMagicItemInput(input as MagicItemInputData, refs);
      const content: MagicItem = { id, source, ...parsed.content };
      return { ...parsed, content, power: scoreMagicItem(content, deps.srdContent) };
    }
    case 'species': {
      const parsed = parseSpeciesInput(input as SpeciesInputData, refs);
      const draft = parsed.content;
      const content: Species = {
        id,
        source,
        name: draft.name,
        sizes: draft.sizes,
        speed: draft.speed,
        lineageRequired: draft.lineageRequired,
        traits: draft.traits.map((trait) => ({
          id: homebrewPublicId(rowId, `trait-${slugify(trait.name)}`),
          ...trait,
        })),
        lineages: draft.lineages.map((lineage) => {
          const lineageId = homebrewPublicId(rowId, slugify(lineage.name));
          return {
            id: lineageId,
            source,
            speciesId: id,
            name: lineage.name,
            ...(lineage.damageType ? { damageType: lineage.damageType } : {}),
            traits: lineage.traits.map((trait) => ({
              id: `${lineageId}-trait-${slugify(trait.name)}`,
              ...trait,
            })),
          };
        }),
      };
      return {
        name: parsed.name,
        description: parsed.description,
        content,
        power: scoreSpecies(content, deps.srdContent),
      };
    }
    case 'class': {
      const parsed = parseClassInput(input as ClassInputData, refs);
      const { spellcasting, ...draft } = parsed.content;
      const content: ClassDefinition = {
        ...draft,
        id,
        source,
        features: draft.features.map((feature) => ({
          id: homebrewPublicId(rowId, `${slugify(feature.name)}-${feature.level}`),
          ...feature,
        })),
        resources: draft.resources.map((resource) => ({
          id: homebrewPublicId(rowId, slugify(resource.name)),
          ...resource,
        })),
        ...(spellcasting ? { spellcasting: { ...spellcasting, spellList: id } } : {}),
      };
      return {
        name: parsed.name,
        description: parsed.description,
        content,
        power: scoreClass(content, deps.srdContent),
      };
    }
  }
  throw new Error(`unknown homebrew kind ${String(kind)}`);
}

function rowValues(built: BuiltHomebrew) {
  return {
    name: built.name,
    description: built.description,
    content: built.content as unknown as Record<string, unknown>,
    powerScore: built.power.score,
    powerVerdict: built.power.verdict,
    powerReasons: built.power.reasons,
  };
}

/** Creates homebrew owned by `ownerId`; nothing is written on bad input. */
export async function createHomebrew<TKind extends HomebrewKind>(
  deps: HomebrewDeps,
  ownerId: string,
  kind: TKind,
  input: HomebrewInputByKind[TKind],
): Promise<CatalogEntry> {
  const rowId = randomUUID();
  const built = await buildHomebrew(deps, kind, rowId, ownerId, input);
  return entryFromRow(await insertHomebrew(deps.db, { id: rowId, ownerId, kind, ...rowValues(built) }));
}

/**
 * The rule for changing homebrew: only its owner may. Malformed id → BAD_USER_INPUT, unknown →
 * NOT_FOUND, someone else's → FORBIDDEN, another kind than the mutation's → BAD_USER_INPUT.
 */
export async function loadOwnedHomebrew(
  db: CatalogDb,
  viewerId: string,
  rawId: string,
  kind: HomebrewKind | null,
): Promise<HomebrewRow> {
  const rowId = requireHomebrewId(rawId, 'id');
  const row = await findHomebrewById(db, rowId);
  if (!row) throw notFound(`No homebrew has id ${rawId}.`, { field: 'id' });
  if (row.ownerId !== viewerId) throw forbidden('Only the author of this homebrew may change it.');
  if (kind && row.kind !== kind) {
    throw badUserInput(
      `id: ${rawId} is a homebrew ${KIND_LABEL[row.kind as HomebrewKind]}, not a ${KIND_LABEL[kind]}`,
      {
        field: 'id',
      },
    );
  }
  return row;
}

/** Replaces the content of the viewer's homebrew (same id) and scores it again. */
export async function updateHomebrew<TKind extends HomebrewKind>(
  deps: HomebrewDeps,
  viewerId: string,
  kind: TKind,
  rawId: string,
  input: HomebrewInputByKind[TKind],
): Promise<CatalogEntry> {
  const row = await loadOwnedHomebrew(deps.db, viewerId, rawId, kind);
  const built = await buildHomebrew(deps, kind, row.id, row.ownerId, input);
  const updated = await updateHomebrewRow(deps.db, row.id, rowValues(built));
  if (!updated) throw notFound(`No homebrew has id ${rawId}.`, { field: 'id' });
  return entryFromRow(updated);
}

/** Deletes the viewer's homebrew and returns its id. Characters built with it keep the id and lose its effects. */
export async function deleteHomebrew(deps: { db: CatalogDb }, viewerId: string, rawId: string): Promise<string> {
  const row = await loadOwnedHomebrew(deps.db, viewerId, rawId, null);
  if (!(await deleteHomebrewRow(deps.db, row.id))) throw notFound(`No homebrew has id ${rawId}.`, { field: 'id' });
  return homebrewPublicId(row.id);
}
