import { entryReference } from '../catalog-entry/entry.reference.js';
import { featFromEntry } from './feat.type.js';

export const featReference = entryReference('feat', featFromEntry);
