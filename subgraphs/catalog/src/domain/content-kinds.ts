import type {
  Background,
  ClassDefinition,
  Equipment,
  Feat,
  Lineage,
  MagicItem,
  Species,
  Spell,
  Subclass,
} from '@grimoire/rules';

/** Every kind of entry the catalog serves. Conditions are a fixed list, not content. */
export interface ContentByKind {
  class: ClassDefinition;
  subclass: Subclass;
  species: Species;
  lineage: Lineage;
  background: Background;
  feat: Feat;
  equipment: Equipment;
  'magic-item': MagicItem;
  spell: Spell;
}
export type ContentKind = keyof ContentByKind;

/** The kinds users can make (the species' lineages come with their species). */
export const HOMEBREW_KINDS = ['species', 'class', 'feat', 'spell', 'magic-item'] as const;
export type HomebrewKind = (typeof HOMEBREW_KINDS)[number];

export function isHomebrewKind(kind: string): kind is HomebrewKind {
  return (HOMEBREW_KINDS as readonly string[]).includes(kind);
}

/**
 * Kinds of text the importer loads. Content kinds plus the parts that carry their own rules
 * text: class (and subclass) features, species traits, and the 15 conditions.
 */
export type DescriptionKind = ContentKind | 'class-feature' | 'species-trait' | 'condition';

export const DESCRIPTION_KINDS: readonly DescriptionKind[] = [
  'class',
  'subclass',
  'species',
  'lineage',
  'background',
  'feat',
  'equipment',
  'magic-item',
  'spell',
  'class-feature',
  'species-trait',
  'condition',
];
