import type { ContentSource } from '../../model/basics.js';
import type { ClassFeature } from '../../model/content.js';

/** Every table in this folder is SRD 5.2 content. */
export const SRD_2024: ContentSource = { kind: 'srd', edition: '2024' };

/** The Ability Score Improvement feature at one class level: the player picks the ASI feat or another feat. */
export function abilityScoreImprovement(classId: string, level: number): ClassFeature {
  return {
    id: `${classId}-ability-score-improvement`,
    name: 'Ability Score Improvement',
    level,
    effects: [],
    grantsFeatChoice: true,
  };
}

/** The level-19 Epic Boon: an epic boon feat or another feat the character qualifies for. */
export function epicBoon(classId: string): ClassFeature {
  return {
    id: `${classId}-epic-boon`,
    name: 'Epic Boon',
    level: 19,
    effects: [],
    grantsFeatChoice: true,
    grantsEpicBoon: true,
  };
}

/**
 * The class table's "<Class> Subclass" rows: the levels at which the chosen subclass grants
 * features (the features themselves live on the Subclass).
 */
export function subclassFeatures(classId: string, name: string, levels: readonly number[]): ClassFeature[] {
  return levels.map((level) => ({ id: `${classId}-subclass`, name: `${name} Subclass`, level, effects: [] }));
}

/** The 2024 full-caster Prepared Spells column (Bard, Cleric, Druid, Wizard). */
export const FULL_CASTER_PREPARED: readonly number[] = [
  4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 16, 17, 17, 18, 18, 19, 20, 21, 22,
];

/** The 2024 half-caster Prepared Spells column (Paladin, Ranger). */
export const HALF_CASTER_PREPARED: readonly number[] = [
  2, 3, 4, 5, 6, 6, 7, 7, 9, 9, 10, 10, 11, 11, 12, 12, 14, 14, 15, 15,
];

/** Twenty zeros: classes without cantrips (Paladin, Ranger). */
export const NO_CANTRIPS: readonly number[] = Array.from({ length: 20 }, () => 0);

/** The ten musical instruments (equipment indexes). */
export const MUSICAL_INSTRUMENTS: readonly string[] = [
  'bagpipes',
  'drum',
  'dulcimer',
  'flute',
  'lute',
  'lyre',
  'horn',
  'pan-flute',
  'shawm',
  'viol',
];

/** The seventeen artisan's tools (equipment indexes). */
export const ARTISANS_TOOLS: readonly string[] = [
  'alchemists-supplies',
  'brewers-supplies',
  'calligraphers-supplies',
  'carpenters-tools',
  'cartographer-tools',
  'cobblers-tools',
  'cooks-utensils',
  'glassblowers-tools',
  'jewelers-tools',
  'leatherworkers-tools',
  'masons-tools',
  'painters-supplies',
  'potters-tools',
  'smiths-tools',
  'tinkers-tools',
  'weavers-tools',
  'woodcarvers-tools',
];

/**
 * A levels 1..20 column from the levels where it changes: `byClassLevel({ 2: 1, 17: 2 })` is 0 at
 * level 1, 1 from level 2 and 2 from level 17 (Action Surge).
 */
export function byClassLevel(steps: Readonly<Record<number, number>>): number[] {
  const column: number[] = [];
  let value = 0;
  for (let level = 1; level <= 20; level += 1) {
    value = steps[level] ?? value;
    column.push(value);
  }
  return column;
}
