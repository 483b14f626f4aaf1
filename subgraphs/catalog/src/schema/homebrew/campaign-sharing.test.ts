import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { createTestDatabase, postGraphQL, type TestDatabase, testSubgraphOptions } from '@grimoire/platform/testing';
// Only to boot the real campaigns subgraph the catalog asks; all traffic goes over HTTP.
// eslint-disable-next-line no-restricted-imports
import { startCampaignsSubgraph } from '@grimoire/subgraph-campaigns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CatalogTables } from '../../db/database.js';
import { startCatalogSubgraph } from '../../server.js';
import { newUser } from '../test-support.js';

const CREATE_FEAT = 'mutation($input: HomebrewFeatInput!) { createHomebrewFeat(input: $input) { id } }';
const CREATE_SPECIES =
  'mutation($input: HomebrewSpeciesInput!) { createHomebrewSpecies(input: $input) { id lineages { id } } }';
const UPDATE_FEAT =
  'mutation($id: ID!, $input: HomebrewFeatInput!) { updateHomebrewFeat(id: $id, input: $input) { id } }';
const DELETE = 'mutation($id: ID!) { deleteHomebrew(id: $id) }';
const HOMEBREW_CONTENT = 'query($ids: [ID!]!) { homebrewContent(ids: $ids) { id kind } }';
/** Every way to see homebrew: lookups, lists, entity references and the internal read. */
const EVERYWHERE = `query($feat: ID!, $species: ID!, $lineage: ID!, $r: [_Any!]!, $ids: [ID!]!) {
  feat(id: $feat) { id source owner { id } }
  feats(filter: { search: "zz shared", source: HOMEBREW }) { edges { node { id } } }
  speciesById(id: $species) { id }
  lineage(id: $lineage) { id }
  species(filter: { source: HOMEBREW, search: "zz shared" }) { edges { node { id } } }
  _entities(representations: $r) { ... on Feat { id } ... on Species { id } }
  homebrewContent(ids: $ids) { id }
}`;

const featInput = (name: string) => ({
  name,
  category: 'GENERAL',
  repeatable: false,
  effects: [{ kind: 'INITIATIVE_BONUS', amount: 2 }],
});

describe('homebrew shared through campaigns', () => {
  let database: TestDatabase;
  let catalog: RunningSubgraph<CatalogTables>;
  let campaigns: RunningSubgraph;
  const gm: Identity = newUser();
  const member: Identity = newUser();
  const stranger: Identity = newUser();
  let campaignId = '';
  let featId = '';
  let speciesId = '';
  let lineageId = '';

  beforeAll(async () => {
    database = await createTestDatabase('catalog_sharing');
    const options = testSubgraphOptions(database);
    // Read lazily, as the launcher does: campaigns starts after the catalog.
    catalog = await startCatalogSubgraph({ ...options, campaignsUrl: () => campaigns?.url });
    campaigns = await startCampaignsSubgraph({
      ...options,
      // Never asked: these tests change no party.
      charactersUrl: 'http://127.0.0.1:9/graphql',
      catalogUrl: catalog.url,
    });
    const feat = await catalogAs(CREATE_FEAT, { input: featInput('Zz Shared Reflexes') }, gm);
    featId = feat.createHomebrewFeat.id;
    const species = await catalogAs(
      CREATE_SPECIES,
      {
        input: {
          name: 'Zz Shared Folk',
          sizes: ['MEDIUM'],
          speed: 30,
          traits: [{ name: 'Keen', effects: [{ kind: 'DARKVISION', range: 60 }] }],
          lineages: [{ name: 'Deep', traits: [{ name: 'Deeper', effects: [{ kind: 'DARKVISION', range: 120 }] }] }],
        },
      },
      gm,
    );
    speciesId = species.createHomebrewSpecies.id;
    lineageId = species.createHomebrewSpecies.lineages[0].id;
    const created = await campaignsAs('mutation { createCampaign(input: { name: "Shared table" }) { id } }', {}, gm);
    campaignId = created.createCampaign.id;
    await campaignsAs(
      'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }',
      { c: campaignId, u: member.userId },
      gm,
    );
  });

  afterAll(async () => {
    await campaigns?.stop();
    await catalog?.stop();
    await database?.drop();
  });

  /** One operation on `url` that must succeed; returns its data. */
  async function dataOf(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    identity: Identity,
  ): Promise<any> {
    const { body } = await postGraphQL(url, query, variables, { identity });
    expect(body.errors).toBeUndefined();
    return body.data;
  }
  const catalogAs = (query: string, variables: Record<string, unknown>, identity: Identity) =>
    dataOf(catalog.url, query, variables, identity);
  const campaignsAs = (query: string, variables: Record<string, unknown>, identity: Identity) =>
    dataOf(campaigns.url, query, variables, identity);

  const gql = (query: string, variables: Record<string, unknown>, identity?: Identity) =>
    postGraphQL(catalog.url, query, variables, identity ? { identity } : {});

  const allow = (homebrewId: string) =>
    campaignsAs(
      'mutation($c: ID!, $h: ID!) { allowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id } }',
      { c: campaignId, h: homebrewId },
      gm,
    );
  const disallow = (homebrewId: string) =>
    campaignsAs(
      'mutation($c: ID!, $h: ID!) { disallowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id } }',
      { c: campaignId, h: homebrewId },
      gm,
    );

  async function everything(identity: Identity) {
    const { body } = await gql(
      EVERYWHERE,
      {
        feat: featId,
        species: speciesId,
        lineage: lineageId,
        r: [
          { __typename: 'Feat', id: featId },
          { __typename: 'Species', id: speciesId },
        ],
        ids: [featId, speciesId],
      },
      identity,
    );
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  const nothing = {
    feat: null,
    feats: { edges: [] },
    speciesById: null,
    lineage: null,
    species: { edges: [] },
    _entities: [null, null],
    homebrewContent: [],
  };
  const all = (owner: Identity) => ({
    feat: { id: featId, source: 'HOMEBREW', owner: { id: owner.userId } },
    feats: { edges: [{ node: { id: featId } }] },
    speciesById: { id: speciesId },
    lineage: { id: lineageId },
    species: { edges: [{ node: { id: speciesId } }] },
    _entities: [{ id: featId }, { id: speciesId }],
    homebrewContent: [{ id: featId }, { id: speciesId }],
  });

  /** How often the catalog has asked campaigns, from campaigns' own operation metrics. */
  async function sharingCalls(): Promise<number> {
    const { values } = await campaigns.metrics.operationDuration.get();
    return values
      .filter((value) => value.metricName?.endsWith('_count') && value.labels.operation === 'CatalogHomebrewSharing')
      .reduce((sum, value) => sum + value.value, 0);
  }

  it('is private to its author until a campaign allows it', async () => {
    expect(await everything(gm)).toEqual(all(gm));
    expect(await everything(member)).toEqual(nothing);
    expect(await everything(stranger)).toEqual(nothing);
  });

  it('is visible to every member of a campaign that allows it, and to nobody else', async () => {
    await allow(featId);
    await allow(speciesId);
    expect(await everything(member)).toEqual(all(gm));
    expect(await everything(stranger)).toEqual(nothing);
    expect(await everything(gm)).toEqual(all(gm));
  });

  it('stays changeable by its author only', async () => {
    const cases: [string, Record<string, unknown>][] = [
      [UPDATE_FEAT, { id: featId, input: featInput('Zz Hijacked') }],
      [DELETE, { id: featId }],
    ];
    for (const [mutation, variables] of cases) {
      const { body } = await gql(mutation, variables, member);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const { body } = await gql('query($id: ID!) { feat(id: $id) { name } }', { id: featId }, member);
    expect(body.data!.feat.name).toBe('Zz Shared Reflexes');
  });

  it('asks campaigns once per request, and only when the request reaches homebrew', async () => {
    let before = await sharingCalls();
    await everything(member);
    expect(await sharingCalls()).toBe(before + 1);

    before = await sharingCalls();
    // SRD only, the author's own entry by id, and anonymous readers need no sharing.
    await gql('{ feat(id: "alert") { id } spell(id: "fireball") { id } }', {}, member);
    await gql('query($id: ID!) { feat(id: $id) { id } }', { id: featId }, gm);
    await gql('query($id: ID!) { feat(id: $id) { id } }', { id: featId });
    expect(await sharingCalls()).toBe(before);
  });

  it('disappears for members once the game master disallows it', async () => {
    await disallow(featId);
    expect(await everything(member)).toEqual({
      ...nothing,
      speciesById: { id: speciesId },
      lineage: { id: lineageId },
      species: { edges: [{ node: { id: speciesId } }] },
      _entities: [null, { id: speciesId }],
      homebrewContent: [{ id: speciesId }],
    });
    await disallow(speciesId);
    expect(await everything(member)).toEqual(nothing);
    expect(await everything(gm)).toEqual(all(gm));
    const { body } = await gql(HOMEBREW_CONTENT, { ids: [featId] }, member);
    expect(body.data!.homebrewContent).toEqual([]);
  });
});
