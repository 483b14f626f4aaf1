import {
  buildFederatedSchema,
  type RunningSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
} from '@grimoire/platform';
import { accountsSchema, startAccountsSubgraph } from '@grimoire/subgraph-accounts';
import { campaignsSchema, startCampaignsSubgraph } from '@grimoire/subgraph-campaigns';
import { catalogSchema, startCatalogSubgraph } from '@grimoire/subgraph-catalog';
import { charactersSchema, startCharactersSubgraph } from '@grimoire/subgraph-characters';

/** What the launcher knows beyond the common options: extra settings some subgraphs need. */
export interface StackSettings {
  adminEmails: string[];
  /** URLs of subgraphs already started, by name (campaigns asks characters for owners). */
  urls: Record<string, string>;
}

export interface SubgraphImplementation {
  // Each subgraph's context type differs; the registry only needs to print and start them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  schema: SubgraphSchemaDefinition<any>;
  start(options: SubgraphOptions, settings: StackSettings): Promise<RunningSubgraph>;
}

/**
 * Every subgraph implementation, in start order (a subgraph may need the URL of one before it).
 * supergraph.yaml lists the same names; `subgraphImplementation` fails loudly if they drift.
 */
export const subgraphImplementations: Record<string, SubgraphImplementation> = {
  accounts: {
    schema: accountsSchema,
    start: (options, settings) => startAccountsSubgraph({ ...options, adminEmails: settings.adminEmails }),
  },
  // Before characters: characters derives sheets with catalog homebrew. The catalog asks
  // campaigns (started later) which homebrew a viewer's campaigns allow, so its URL is read lazily.
  catalog: {
    schema: catalogSchema,
    start: (options, settings) => startCatalogSubgraph({ ...options, campaignsUrl: () => settings.urls.campaigns }),
  },
  characters: {
    schema: charactersSchema,
    // Read at call time: a sheet first needing homebrew asks the catalog, a game master's play-state
    // change asks campaigns, and campaigns starts after characters (it needs this URL).
    start: (options, settings) =>
      startCharactersSubgraph({
        ...options,
        catalogUrl: () => settings.urls.catalog,
        campaignsUrl: () => settings.urls.campaigns,
      }),
  },
  campaigns: {
    schema: campaignsSchema,
    start: (options, settings) => {
      const charactersUrl = settings.urls.characters;
      if (!charactersUrl) throw new Error('campaigns needs the characters subgraph to be started first');
      // Read lazily like the others, though the catalog has started by now: allowing homebrew asks it.
      return startCampaignsSubgraph({ ...options, charactersUrl, catalogUrl: () => settings.urls.catalog });
    },
  },
};

export function subgraphImplementation(name: string): SubgraphImplementation {
  const implementation = subgraphImplementations[name];
  if (!implementation) {
    throw new Error(`supergraph.yaml lists "${name}", but no subgraph implementation is registered for it`);
  }
  return implementation;
}

/** The subgraph's SDL exactly as its `_service { sdl }` returns it. */
export function printSubgraphSdl(name: string): string {
  return `${buildFederatedSchema(subgraphImplementation(name).schema).sdl.trim()}\n`;
}
