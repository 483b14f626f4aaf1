import { entryReference } from '../catalog-entry/entry.reference.js';
import { backgroundFromEntry } from './background.type.js';

export const backgroundReference = entryReference('background', backgroundFromEntry);
