import { type CatalogContent, createCatalog } from '../catalog.js';
import { SRD_BACKGROUNDS } from './backgrounds.js';
import { SRD_CLASSES, SRD_SUBCLASSES } from './classes/index.js';
import { SRD_EQUIPMENT } from './equipment.js';
import { SRD_FEATS } from './feats.js';
import { SRD_MAGIC_ITEMS } from './magic-items.js';
import { SRD_SPELLS } from './spells.js';
import { SRD_SPECIES } from './species.js';

/** The SRD 5.2 content, as typed tables written for Grimoire (mechanics only; descriptions come from the importer). */
export const SRD_CONTENT: CatalogContent = {
  classes: SRD_CLASSES,
  subclasses: SRD_SUBCLASSES,
  species: SRD_SPECIES,
  backgrounds: SRD_BACKGROUNDS,
  feats: SRD_FEATS,
  equipment: SRD_EQUIPMENT,
  magicItems: SRD_MAGIC_ITEMS,
  spells: SRD_SPELLS,
};

export const SRD_CATALOG = createCatalog(SRD_CONTENT);

/** Required by CC-BY-4.0 wherever SRD content is shown. */
export const SRD_ATTRIBUTION =
  'This work includes material from the System Reference Document 5.2.1 ("SRD 5.2.1") by Wizards of the Coast LLC, ' +
  'available at https://www.dndbeyond.com/srd. The SRD 5.2.1 is licensed under the Creative Commons Attribution 4.0 ' +
  'International License, available at https://creativecommons.org/licenses/by/4.0/legalcode.';
