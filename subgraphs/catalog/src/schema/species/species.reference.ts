import { entryReference } from '../catalog-entry/entry.reference.js';
import { lineageFromEntry, speciesFromEntry } from './species.type.js';

export const speciesReference = entryReference('species', speciesFromEntry);
export const lineageReference = entryReference('lineage', lineageFromEntry);
