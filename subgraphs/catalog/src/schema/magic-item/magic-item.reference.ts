import { entryReference } from '../catalog-entry/entry.reference.js';
import { magicItemFromEntry } from './magic-item.type.js';

export const magicItemReference = entryReference('magic-item', magicItemFromEntry);
