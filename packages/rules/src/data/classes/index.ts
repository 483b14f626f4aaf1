import type { ClassDefinition, Subclass } from '../../model/content.js';
import { BARBARIAN, PATH_OF_THE_BERSERKER } from './barbarian.js';
import { BARD, COLLEGE_OF_LORE } from './bard.js';
import { CLERIC, LIFE_DOMAIN } from './cleric.js';
import { CIRCLE_OF_THE_LAND, DRUID } from './druid.js';
import { CHAMPION, FIGHTER } from './fighter.js';
import { MONK, WARRIOR_OF_THE_OPEN_HAND } from './monk.js';
import { OATH_OF_DEVOTION, PALADIN } from './paladin.js';
import { HUNTER, RANGER } from './ranger.js';
import { ROGUE, THIEF } from './rogue.js';
import { DRACONIC_SORCERY, SORCERER } from './sorcerer.js';
import { FIEND_PATRON, WARLOCK } from './warlock.js';
import { EVOKER, WIZARD } from './wizard.js';

/** The 12 SRD 5.2 classes (mechanics only; descriptions come from the catalog importer). */
export const SRD_CLASSES: readonly ClassDefinition[] = [
  BARBARIAN,
  BARD,
  CLERIC,
  DRUID,
  FIGHTER,
  MONK,
  PALADIN,
  RANGER,
  ROGUE,
  SORCERER,
  WARLOCK,
  WIZARD,
];

/** The one SRD 5.2 subclass of each class. */
export const SRD_SUBCLASSES: readonly Subclass[] = [
  PATH_OF_THE_BERSERKER,
  COLLEGE_OF_LORE,
  LIFE_DOMAIN,
  CIRCLE_OF_THE_LAND,
  CHAMPION,
  WARRIOR_OF_THE_OPEN_HAND,
  OATH_OF_DEVOTION,
  HUNTER,
  THIEF,
  DRACONIC_SORCERY,
  FIEND_PATRON,
  EVOKER,
];
