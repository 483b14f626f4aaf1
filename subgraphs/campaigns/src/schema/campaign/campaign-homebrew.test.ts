import { randomUUID } from 'node:crypto';

import type { Identity, RunningSubgraph } from '@grimoire/platform';
import { postGraphQL } from '@grimoire/platform/testing';
// Only to boot the real catalog subgraph for the subgraph client; all traffic goes over HTTP.
// eslint-disable-next-line no-restricted-imports
import { startCatalogSubgraph } from '@grimoire/subgraph-catalog';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { campaignHomebrew } from '../../db/tables/index.js';
import { type Body, codeOf, ok, people, statementsOf, useCampaignsSubgraph } from '../test-support.js';

const { gm, player, stranger } = people();

const CREATE_CAMPAIGN = 'mutation($name: String!) { createCampaign(input: { name: $name }) { id } }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const ALLOW =
  'mutation($c: ID!, $h: ID!) { allowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id allowedHomebrew } }';
const DISALLOW =
  'mutation($c: ID!, $h: ID!) { disallowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id allowedHomebrew } }';
const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { id allowedHomebrew } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { id allowedHomebrew } } }';
const ALLOWED_FOR_VIEWER = '{ homebrewAllowedForViewer }';
const CREATE_FEAT =
  'mutation($name: String!) { createHomebrewFeat(input: { name: $name, category: GENERAL, repeatable: false, effects: [{ kind: INITIATIVE_BONUS, amount: 1 }] }) { id } }';

describe('campaign homebrew', () => {
  let catalog: RunningSubgraph | undefined;
  // Never asks the characters subgraph (these tests change no party): the kit's default URL.
  const stack = useCampaignsSubgraph('campaign_homebrew', { catalogUrl: () => catalog?.url });
  const { gql } = stack;

  // The real catalog (same database, its own schema) answers "can the GM see it?", and asks
  // campaigns back which homebrew the GM's campaigns allow. Started after campaigns (and so
  // stopped before it).
  beforeAll(async () => {
    catalog = await startCatalogSubgraph({ ...stack.options, campaignsUrl: () => stack.subgraph.url });
  });

  afterAll(async () => {
    await catalog?.stop();
  });

  async function createFeat(owner: Identity, name: string): Promise<string> {
    const { body } = await postGraphQL(catalog!.url, CREATE_FEAT, { name }, { identity: owner });
    return ok(body as Body).createHomebrewFeat.id as string;
  }

  /** A campaign run by `gm` with `player` as a member. */
  async function table(): Promise<string> {
    const body = await gql(CREATE_CAMPAIGN, { name: `Table ${randomUUID().slice(0, 8)}` }, gm);
    const campaignId = body.data!.createCampaign.id as string;
    expect(codeOf(await gql(ADD_MEMBER, { c: campaignId, u: player.userId }, gm))).toBeUndefined();
    return campaignId;
  }

  async function rowCount(): Promise<number> {
    const [row] = await stack.subgraph.database.db.select({ value: count() }).from(campaignHomebrew);
    return row!.value;
  }

  it('lets the game master allow and disallow homebrew they can see', async () => {
    const campaignId = await table();
    const feat = await createFeat(gm, 'Zz Battle Focus');
    const other = await createFeat(gm, 'Zz Second Wind Plus');

    const allowed = await gql(ALLOW, { c: campaignId, h: feat.toUpperCase().replace('HB-', 'hb-') }, gm);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.allowHomebrewInCampaign).toEqual({ id: campaignId, allowedHomebrew: [feat] });
    await gql(ALLOW, { c: campaignId, h: other }, gm);
    expect((await gql(CAMPAIGN, { id: campaignId }, gm)).data!.campaign.allowedHomebrew).toEqual([feat, other]);
    expect(codeOf(await gql(ALLOW, { c: campaignId, h: feat }, gm))).toBe('CONFLICT');

    const disallowed = await gql(DISALLOW, { c: campaignId, h: feat }, gm);
    expect(disallowed.data!.disallowHomebrewInCampaign).toEqual({ id: campaignId, allowedHomebrew: [other] });
    expect(codeOf(await gql(DISALLOW, { c: campaignId, h: feat }, gm))).toBe('NOT_FOUND');
  });

  it('refuses players, strangers and anonymous callers, and writes nothing', async () => {
    const campaignId = await table();
    const feat = await createFeat(gm, 'Zz Guarded');
    const playerFeat = await createFeat(player, 'Zz Player Made');
    expect(codeOf(await gql(ALLOW, { c: campaignId, h: feat }, gm))).toBeUndefined();
    const before = await rowCount();
    const cases: [string, Record<string, unknown>, Identity | undefined, string][] = [
      [ALLOW, { c: campaignId, h: playerFeat }, player, 'FORBIDDEN'],
      [ALLOW, { c: campaignId, h: feat }, stranger, 'FORBIDDEN'],
      [ALLOW, { c: campaignId, h: feat }, undefined, 'UNAUTHENTICATED'],
      [DISALLOW, { c: campaignId, h: feat }, player, 'FORBIDDEN'],
      [DISALLOW, { c: campaignId, h: feat }, stranger, 'FORBIDDEN'],
      [DISALLOW, { c: campaignId, h: feat }, undefined, 'UNAUTHENTICATED'],
    ];
    for (const [mutation, variables, identity, code] of cases) {
      const body = await gql(mutation, variables, identity);
      expect(codeOf(body), `${mutation.slice(11, 40)} as ${identity?.userId ?? 'anonymous'}`).toBe(code);
    }
    expect(await rowCount()).toBe(before);
    expect((await gql(CAMPAIGN, { id: campaignId }, gm)).data!.campaign.allowedHomebrew).toEqual([feat]);
  });

  it('checks the ids: malformed → BAD_USER_INPUT, unknown or invisible to the GM → NOT_FOUND', async () => {
    const campaignId = await table();
    const strangersFeat = await createFeat(stranger, 'Zz Private');
    const playersFeat = await createFeat(player, 'Zz Also Private');
    const before = await rowCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ c: campaignId, h: 'alert' }, 'BAD_USER_INPUT'],
      [{ c: campaignId, h: 'hb-123' }, 'BAD_USER_INPUT'],
      [{ c: campaignId, h: `${playersFeat}:part` }, 'BAD_USER_INPUT'],
      [{ c: 'campaign-1', h: strangersFeat }, 'BAD_USER_INPUT'],
      [{ c: randomUUID(), h: strangersFeat }, 'NOT_FOUND'],
      [{ c: campaignId, h: `hb-${randomUUID()}` }, 'NOT_FOUND'],
      [{ c: campaignId, h: strangersFeat }, 'NOT_FOUND'],
      // A member's homebrew is still private until its author shares it.
      [{ c: campaignId, h: playersFeat }, 'NOT_FOUND'],
    ];
    for (const [variables, code] of cases) {
      const body = await gql(ALLOW, variables, gm);
      expect(codeOf(body), JSON.stringify(variables)).toBe(code);
      if (code === 'BAD_USER_INPUT') expect(body.errors?.[0]?.message).toMatch(/^(homebrewId|campaignId): /);
    }
    expect(await rowCount()).toBe(before);
  });

  it('lets a GM allow homebrew another campaign shares with them', async () => {
    // The player runs their own table, allows their feat there, and the GM plays in it.
    const body = await gql(CREATE_CAMPAIGN, { name: 'Player-run' }, player);
    const playerRun = body.data!.createCampaign.id as string;
    await gql(ADD_MEMBER, { c: playerRun, u: gm.userId }, player);
    const playersFeat = await createFeat(player, 'Zz Shared Upstream');
    const campaignId = await table();
    expect(codeOf(await gql(ALLOW, { c: campaignId, h: playersFeat }, gm))).toBe('NOT_FOUND');
    expect(codeOf(await gql(ALLOW, { c: playerRun, h: playersFeat }, player))).toBeUndefined();
    expect(codeOf(await gql(ALLOW, { c: campaignId, h: playersFeat }, gm))).toBeUndefined();
  });

  it('shows allowedHomebrew to members only, batched across campaigns', async () => {
    const campaignIds = [await table(), await table(), await table()];
    const feat = await createFeat(gm, 'Zz Members Only');
    await gql(ALLOW, { c: campaignIds[0], h: feat }, gm);
    expect((await gql(CAMPAIGN, { id: campaignIds[0] }, player)).data!.campaign).toEqual({
      id: campaignIds[0],
      allowedHomebrew: [feat],
    });

    const representations = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Campaign', id })) });
    const asPlayer = await gql(ENTITIES, representations(campaignIds), player);
    expect(asPlayer.errors).toBeUndefined();
    expect(asPlayer.data!._entities).toEqual([
      { id: campaignIds[0], allowedHomebrew: [feat] },
      { id: campaignIds[1], allowedHomebrew: [] },
      { id: campaignIds[2], allowedHomebrew: [] },
    ]);
    const asStranger = await gql(ENTITIES, representations([campaignIds[0]]), stranger);
    expect(codeOf(asStranger)).toBe('FORBIDDEN');
    expect(codeOf(await gql(ENTITIES, representations([campaignIds[0]])))).toBe('UNAUTHENTICATED');

    const statementsFor = (ids: string[]) =>
      statementsOf(stack.subgraph.database, async () => {
        const body = await gql(ENTITIES, representations(ids), player);
        expect(body.data!._entities).toHaveLength(ids.length);
      });
    const one = await statementsFor(campaignIds.slice(0, 1));
    expect(one).toBe(2); // campaigns, then allowed homebrew with membership: one batch each
    expect(await statementsFor(campaignIds)).toBe(one);
  });

  it('answers the catalog which homebrew the viewer’s campaigns allow', async () => {
    const campaignId = await table();
    const first = await createFeat(gm, 'Zz For The Catalog');
    const second = await createFeat(gm, 'Zz For The Catalog Too');
    await gql(ALLOW, { c: campaignId, h: first }, gm);
    await gql(ALLOW, { c: campaignId, h: second }, gm);
    const forPlayer = (await gql(ALLOWED_FOR_VIEWER, {}, player)).data!.homebrewAllowedForViewer as string[];
    expect(forPlayer).toEqual(expect.arrayContaining([first, second]));
    expect(forPlayer).toEqual([...new Set(forPlayer)].sort());
    expect((await gql(ALLOWED_FOR_VIEWER, {}, { userId: randomUUID(), roles: [] })).data).toEqual({
      homebrewAllowedForViewer: [],
    });
    expect(codeOf(await gql(ALLOWED_FOR_VIEWER, {}))).toBe('UNAUTHENTICATED');

    await gql(DISALLOW, { c: campaignId, h: first }, gm);
    const afterDisallow = (await gql(ALLOWED_FOR_VIEWER, {}, player)).data!.homebrewAllowedForViewer;
    expect(afterDisallow).toContain(second);
    expect(afterDisallow).not.toContain(first);
  });
});
