import { entryReference } from '../catalog-entry/entry.reference.js';
import { classFromEntry, subclassFromEntry } from './class.type.js';

export const characterClassReference = entryReference('class', classFromEntry);
export const subclassReference = entryReference('subclass', subclassFromEntry);
