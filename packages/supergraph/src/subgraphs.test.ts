import { describe, expect, it } from 'vitest';

import { readSupergraphConfig } from './supergraph-config.js';
import { printSubgraphSdl, subgraphImplementation, subgraphImplementations } from './subgraphs.js';

describe('subgraph registry', () => {
  it('has an implementation for exactly the subgraphs supergraph.yaml lists, in a start order that works', () => {
    const listed = readSupergraphConfig().map((entry) => entry.name);
    expect(listed).toEqual(Object.keys(subgraphImplementations));
    expect(listed.indexOf('characters')).toBeLessThan(listed.indexOf('campaigns'));
  });

  it('prints each subgraph SDL with its federation link and entity keys', () => {
    for (const [name, entity] of [
      ['accounts', 'User'],
      ['characters', 'Character'],
      ['campaigns', 'Campaign'],
    ] as const) {
      const sdl = printSubgraphSdl(name);
      expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
      expect(sdl).toMatch(new RegExp(`type ${entity}\\s+@key\\(fields: "id"\\)`));
    }
  });

  it('names an unknown subgraph clearly', () => {
    expect(() => subgraphImplementation('inventory')).toThrow(/supergraph.yaml lists "inventory"/);
  });
});
