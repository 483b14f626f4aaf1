/**
 * Campaign themes (genres): the same D&D mechanics told as high fantasy, cyberpunk, a western…
 * A theme changes how things are called and described, never what they do.
 */
export const THEME_IDS = [
  'HIGH_FANTASY',
  'GOTHIC_HORROR',
  'CYBERPUNK',
  'STEAMPUNK',
  'SPACE_OPERA',
  'WILD_WEST',
  'PIRATE',
  'POST_APOCALYPTIC',
  'MYTHIC',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** The theme every campaign and character starts in; SRD items are written in it (their "root"). */
export const ROOT_THEME: ThemeId = 'HIGH_FANTASY';

export const THEME_TONES = ['HEROIC', 'DARK', 'GRITTY', 'LIGHT', 'WHIMSICAL', 'EPIC'] as const;
export type ThemeTone = (typeof THEME_TONES)[number];

/**
 * How a theme's vocabulary groups items. Coarse on purpose: a theme renames a kind of thing (any
 * heavy armor becomes "powered exo-armor"), and the item keeps its own numbers.
 */
export const THEME_ITEM_CATEGORIES = [
  'LIGHT_ARMOR',
  'HEAVY_ARMOR',
  'SHIELD',
  'MELEE_WEAPON',
  'RANGED_WEAPON',
  'AMMUNITION',
  'SPELL_FOCUS',
  'POTION',
  'TOOL',
  'CONTAINER',
  'GEAR',
  'MAGIC_TRINKET',
] as const;
export type ThemeItemCategory = (typeof THEME_ITEM_CATEGORIES)[number];

/** What an item of one category is called in a theme, and how it looks there. */
export interface ThemedItemWord {
  /** The themed name; `{item}` stands for the root name: "Monoblade ({item})" → "Monoblade (Longsword)". */
  name: string;
  description: string;
}

export interface ThemeDefinition {
  id: ThemeId;
  name: string;
  description: string;
  tone: ThemeTone;
  /**
   * The item vocabulary; absent for the root theme, whose words are the SRD's own. Every other
   * theme names every category (a test checks), so adaptation never falls back silently.
   */
  items: Readonly<Record<ThemeItemCategory, ThemedItemWord>> | null;
}

/** How a theme transition treats one inventory item. */
export const ITEM_POLICIES = ['RESET_TO_ROOT', 'ADAPT', 'KEEP'] as const;
export type ItemPolicy = (typeof ITEM_POLICIES)[number];

/**
 * An inventory item's look in a theme (an ADAPTed item): a name and a description, nothing else.
 * Its mechanics stay those of `itemId`/`custom`; `root` remembers the un-themed item so a reset
 * (or a return to the root theme) restores it exactly.
 */
export interface ThemedItemFace {
  theme: ThemeId;
  name: string;
  description: string;
  /** The original item: its catalog id (absent for a custom item) and its un-themed name. */
  root: { itemId?: string; name: string };
}
