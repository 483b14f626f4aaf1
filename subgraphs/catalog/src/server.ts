import { resolve } from 'node:path';

import {
  type RunningSubgraph,
  startSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
  type SubgraphSpec,
} from '@grimoire/platform';
import { SRD_CATALOG, SRD_CONTENT } from '@grimoire/rules';

import { createCampaignsClient } from './clients/campaigns-client.js';
import type { CatalogContext } from './context.js';
import type { CatalogTables } from './db/database.js';
import { createEntryLoaders, createLoaders } from './db/loaders.js';
import { descriptions, homebrew } from './db/tables/index.js';
import { campaignAllowedHomebrewLoader } from './domain/campaign-sharing.js';
import type { CatalogReadDeps } from './domain/read-catalog.js';
import { BackgroundResolver } from './schema/background/background.resolver.js';
import { backgroundReference } from './schema/background/background.reference.js';
import { describedResolver } from './schema/catalog-entry/description.resolver.js';
import { characterClassReference, subclassReference } from './schema/class/class.reference.js';
import { CharacterClassResolver, SubclassResolver } from './schema/class/class.resolver.js';
import { ClassFeatureType } from './schema/class/class.type.js';
import { conditionReference } from './schema/condition/condition.reference.js';
import { ConditionResolver } from './schema/condition/condition.resolver.js';
import { armorReference, gearReference, weaponReference } from './schema/equipment/equipment.reference.js';
import { EquipmentResolver } from './schema/equipment/equipment.resolver.js';
import { ArmorType, GearType, WeaponType } from './schema/equipment/equipment.type.js';
import { featReference } from './schema/feat/feat.reference.js';
import { FeatResolver } from './schema/feat/feat.resolver.js';
import { HomebrewResolver } from './schema/homebrew/homebrew.resolver.js';
import { magicItemReference } from './schema/magic-item/magic-item.reference.js';
import { MagicItemResolver } from './schema/magic-item/magic-item.resolver.js';
import { lineageReference, speciesReference } from './schema/species/species.reference.js';
import { LineageResolver, SpeciesResolver } from './schema/species/species.resolver.js';
import { SpeciesTraitType } from './schema/species/species.type.js';
import { spellReference } from './schema/spell/spell.reference.js';
import { SpellResolver } from './schema/spell/spell.resolver.js';

export type { CatalogContext } from './context.js';
export type { HomebrewContent } from './domain/read-homebrew-content.js';

export const catalogSchema: SubgraphSchemaDefinition<CatalogContext> = {
  resolvers: [
    CharacterClassResolver,
    SubclassResolver,
    SpeciesResolver,
    LineageResolver,
    BackgroundResolver,
    FeatResolver,
    SpellResolver,
    EquipmentResolver,
    MagicItemResolver,
    ConditionResolver,
    HomebrewResolver,
    describedResolver(ClassFeatureType),
    describedResolver(SpeciesTraitType),
    describedResolver(ArmorType),
    describedResolver(WeaponType),
    describedResolver(GearType),
  ],
  orphanedTypes: [ArmorType, WeaponType, GearType],
  references: {
    CharacterClass: characterClassReference,
    Subclass: subclassReference,
    Species: speciesReference,
    Lineage: lineageReference,
    Background: backgroundReference,
    Feat: featReference,
    Spell: spellReference,
    Armor: armorReference,
    Weapon: weaponReference,
    Gear: gearReference,
    MagicItem: magicItemReference,
    Condition: conditionReference,
  },
};

export interface CatalogSubgraphOptions extends SubgraphOptions {
  /**
   * The campaigns subgraph's GraphQL URL: the catalog asks it which homebrew the viewer's
   * campaigns allow. A function is read when a request first needs it (the launcher starts
   * campaigns after the catalog). Omitted, no campaign shares homebrew (a catalog on its own,
   * as in its own tests): everyone sees only their own.
   */
  campaignsUrl?: string | (() => string | undefined) | undefined;
}

export function catalogSpec(options: CatalogSubgraphOptions): SubgraphSpec<CatalogTables, CatalogContext> {
  const campaigns = options.campaignsUrl
    ? createCampaignsClient({ url: options.campaignsUrl, internalSecret: options.internalSecret })
    : null;
  return {
    name: 'catalog',
    tables: { descriptions, homebrew },
    migrationsFolder: resolve(import.meta.dirname, '../migrations'),
    schema: catalogSchema,
    createContext: (base, deps) => {
      const viewerId = base.viewer?.userId ?? null;
      const loaders = createLoaders(deps.database.db, viewerId);
      const read: CatalogReadDeps = {
        viewerId,
        srd: SRD_CATALOG,
        loadHomebrew: (rowId) => loaders.homebrewById.load(rowId),
        listOwnHomebrew: (kind) => loaders.ownHomebrewByKind.load(kind),
        campaignAllowedHomebrew: campaignAllowedHomebrewLoader(campaigns, base.viewer, base.requestId),
      };
      return {
        ...base,
        db: deps.database.db,
        loaders,
        read,
        srdContent: SRD_CONTENT,
        entries: createEntryLoaders(read),
      };
    },
  };
}

export function startCatalogSubgraph(options: CatalogSubgraphOptions): Promise<RunningSubgraph<CatalogTables>> {
  return startSubgraph(catalogSpec(options), options);
}
