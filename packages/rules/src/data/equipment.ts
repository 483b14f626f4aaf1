import type { Equipment } from '../model/content.js';
import { SRD_ARMOR } from './equipment/armor.js';
import { SRD_GEAR } from './equipment/gear.js';
import { SRD_WEAPONS } from './equipment/weapons.js';

export { SRD_ARMOR, SRD_GEAR, SRD_WEAPONS };

/** Every SRD 5.2 equipment record (5e-database `Equipment`): armor, weapons, gear, tools, packs. */
export const SRD_EQUIPMENT: readonly Equipment[] = [...SRD_ARMOR, ...SRD_WEAPONS, ...SRD_GEAR];
