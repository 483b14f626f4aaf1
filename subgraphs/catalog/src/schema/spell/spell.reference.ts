import { entryReference } from '../catalog-entry/entry.reference.js';
import { spellFromEntry } from './spell.type.js';

export const spellReference = entryReference('spell', spellFromEntry);
