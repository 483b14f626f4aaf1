import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { campaignMembers, campaigns } from '../../db/tables/index.js';
import { codeOf, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const FIELDS = 'id name description type status';
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCampaignInput!) { updateCampaign(id: $id, input: $input) { ${FIELDS} } }`;
const CHANGE_STATUS = `mutation($id: ID!, $status: CampaignStatus!) { changeCampaignStatus(id: $id, status: $status) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteCampaign(id: $id) }';

describe('campaign lifecycle: type, status machine, update and delete', () => {
  // Nothing here asks the characters subgraph; the kit's unreachable URL proves it.
  const stack = useCampaignsSubgraph('campaigns_lifecycle');
  const { gql } = stack;
  /** A campaign run by `gm` with a co-GM, a player and a viewer. */
  const table = (input: Record<string, unknown> = {}) => stack.table(everyone, input);

  async function rowOf(id: string) {
    const [row] = await stack.subgraph.database.db.select().from(campaigns).where(eq(campaigns.id, id));
    return row;
  }

  async function moveTo(id: string, ...statuses: string[]): Promise<void> {
    for (const status of statuses) {
      const body = await gql(CHANGE_STATUS, { id, status }, gm);
      expect(body.errors).toBeUndefined();
    }
  }

  describe('createCampaign', () => {
    it('creates a DRAFT TRADITIONAL campaign by default, or the type asked for', async () => {
      const plain = await gql(CREATE, { input: { name: 'Plain' } }, gm);
      expect(plain.data!.createCampaign).toMatchObject({ type: 'TRADITIONAL', status: 'DRAFT' });
      const mirror = await gql(CREATE, { input: { name: 'Mirror', type: 'ANTITHETICON' } }, gm);
      expect(mirror.data!.createCampaign).toMatchObject({ type: 'ANTITHETICON', status: 'DRAFT' });
      expect((await rowOf(mirror.data!.createCampaign.id))!.type).toBe('ANTITHETICON');
    });

    it('rejects an unknown type before anything is written', async () => {
      const [before] = await stack.subgraph.database.db.select({ value: count() }).from(campaigns);
      const body = await gql(CREATE, { input: { name: 'Odd', type: 'SANDBOX' } }, gm);
      expect(body.errors?.length).toBeGreaterThan(0);
      const [after] = await stack.subgraph.database.db.select({ value: count() }).from(campaigns);
      expect(after!.value).toBe(before!.value);
    });
  });

  describe('updateCampaign', () => {
    it('lets the GM and co-GMs rename and describe; omitted fields stay', async () => {
      const id = await table({ description: 'Old' });
      const renamed = await gql(UPDATE, { id, input: { name: '  Barovia  ' } }, gm);
      expect(renamed.data!.updateCampaign).toMatchObject({ name: 'Barovia', description: 'Old' });
      const described = await gql(UPDATE, { id, input: { description: 'Mists' } }, coGm);
      expect(described.data!.updateCampaign).toMatchObject({ name: 'Barovia', description: 'Mists' });
      const cleared = await gql(UPDATE, { id, input: { description: '   ' } }, gm);
      expect(cleared.data!.updateCampaign).toMatchObject({ name: 'Barovia', description: null });
    });

    it('refuses players, viewers, strangers and anonymous callers, and writes nothing', async () => {
      const id = await table();
      const before = await rowOf(id);
      expect(codeOf(await gql(UPDATE, { id, input: { name: 'Mine' } }))).toBe('UNAUTHENTICATED');
      for (const who of [player, viewer, stranger]) {
        expect(codeOf(await gql(UPDATE, { id, input: { name: 'Mine' } }, who))).toBe('FORBIDDEN');
      }
      expect(await rowOf(id)).toEqual(before);
    });

    it('rejects bad input, malformed and unknown ids, and writes nothing', async () => {
      const id = await table();
      const before = await rowOf(id);
      const empty = await gql(UPDATE, { id, input: { name: '   ' } }, gm);
      expect(codeOf(empty)).toBe('BAD_USER_INPUT');
      expect(empty.errors![0]!.message).toContain('name');
      expect(codeOf(await gql(UPDATE, { id, input: { name: 'x'.repeat(101) } }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(UPDATE, { id, input: {} }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(UPDATE, { id: 'nope', input: { name: 'A' } }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(UPDATE, { id: randomUUID(), input: { name: 'A' } }, gm))).toBe('NOT_FOUND');
      expect(await rowOf(id)).toEqual(before);
    });
  });

  describe('changeCampaignStatus', () => {
    it('walks draft → active ⇄ paused → completed → archived', async () => {
      const id = await table();
      const seen: string[] = [];
      for (const [who, status] of [
        [coGm, 'ACTIVE'],
        [coGm, 'PAUSED'],
        [gm, 'ACTIVE'],
        [gm, 'PAUSED'],
        [gm, 'COMPLETED'],
        [gm, 'ARCHIVED'],
      ] as [Identity, string][]) {
        const body = await gql(CHANGE_STATUS, { id, status }, who);
        expect(body.errors).toBeUndefined();
        seen.push(body.data!.changeCampaignStatus.status);
      }
      expect(seen).toEqual(['ACTIVE', 'PAUSED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED']);
      expect((await rowOf(id))!.status).toBe('ARCHIVED');
    });

    it('rejects moves outside the machine, naming the allowed ones, and writes nothing', async () => {
      const id = await table();
      const skip = await gql(CHANGE_STATUS, { id, status: 'COMPLETED' }, gm);
      expect(codeOf(skip)).toBe('BAD_USER_INPUT');
      expect(skip.errors![0]!.message).toBe('status: a DRAFT campaign cannot become COMPLETED; allowed: ACTIVE.');
      expect(codeOf(await gql(CHANGE_STATUS, { id, status: 'DRAFT' }, gm))).toBe('BAD_USER_INPUT');
      expect((await rowOf(id))!.status).toBe('DRAFT');
      await moveTo(id, 'ACTIVE', 'COMPLETED', 'ARCHIVED');
      const final = await gql(CHANGE_STATUS, { id, status: 'ACTIVE' }, gm);
      expect(final.errors![0]!.message).toContain('ARCHIVED is final');
      expect((await rowOf(id))!.status).toBe('ARCHIVED');
    });

    it('lets only the GM complete and archive; others are refused and nothing moves', async () => {
      const id = await table();
      expect(codeOf(await gql(CHANGE_STATUS, { id, status: 'ACTIVE' }))).toBe('UNAUTHENTICATED');
      for (const who of [player, viewer, stranger]) {
        expect(codeOf(await gql(CHANGE_STATUS, { id, status: 'ACTIVE' }, who))).toBe('FORBIDDEN');
      }
      expect((await rowOf(id))!.status).toBe('DRAFT');
      await moveTo(id, 'ACTIVE');
      expect(codeOf(await gql(CHANGE_STATUS, { id, status: 'COMPLETED' }, coGm))).toBe('FORBIDDEN');
      expect((await rowOf(id))!.status).toBe('ACTIVE');
      await moveTo(id, 'COMPLETED');
      expect(codeOf(await gql(CHANGE_STATUS, { id, status: 'ARCHIVED' }, coGm))).toBe('FORBIDDEN');
      expect((await rowOf(id))!.status).toBe('COMPLETED');
    });

    it('answers NOT_FOUND for an unknown campaign and BAD_USER_INPUT for a malformed id', async () => {
      expect(codeOf(await gql(CHANGE_STATUS, { id: randomUUID(), status: 'ACTIVE' }, gm))).toBe('NOT_FOUND');
      expect(codeOf(await gql(CHANGE_STATUS, { id: '42', status: 'ACTIVE' }, gm))).toBe('BAD_USER_INPUT');
    });
  });

  describe('deleteCampaign', () => {
    it('lets the GM delete a DRAFT campaign with its members', async () => {
      const id = await table();
      const body = await gql(DELETE, { id }, gm);
      expect(body).toEqual({ data: { deleteCampaign: id } });
      expect(await rowOf(id)).toBeUndefined();
      const members = await stack.subgraph.database.db
        .select()
        .from(campaignMembers)
        .where(eq(campaignMembers.campaignId, id));
      expect(members).toEqual([]);
      expect(codeOf(await gql(DELETE, { id }, gm))).toBe('NOT_FOUND');
    });

    it('lets the GM delete an ARCHIVED campaign, and refuses ACTIVE, PAUSED and COMPLETED ones', async () => {
      const id = await table();
      await moveTo(id, 'ACTIVE');
      expect(codeOf(await gql(DELETE, { id }, gm))).toBe('CONFLICT');
      await moveTo(id, 'PAUSED');
      expect(codeOf(await gql(DELETE, { id }, gm))).toBe('CONFLICT');
      await moveTo(id, 'COMPLETED');
      expect(codeOf(await gql(DELETE, { id }, gm))).toBe('CONFLICT');
      expect(await rowOf(id)).toBeDefined();
      await moveTo(id, 'ARCHIVED');
      expect((await gql(DELETE, { id }, gm)).data).toEqual({ deleteCampaign: id });
    });

    it('refuses everyone but the GM and writes nothing', async () => {
      const id = await table();
      expect(codeOf(await gql(DELETE, { id }))).toBe('UNAUTHENTICATED');
      for (const who of [coGm, player, viewer, stranger]) {
        expect(codeOf(await gql(DELETE, { id }, who))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(DELETE, { id: 'x' }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(DELETE, { id: randomUUID() }, gm))).toBe('NOT_FOUND');
      expect(await rowOf(id)).toBeDefined();
      const members = await stack.subgraph.database.db
        .select()
        .from(campaignMembers)
        .where(eq(campaignMembers.campaignId, id));
      expect(members).toHaveLength(4);
    });
  });
});
