import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { partyMembers } from '../../db/tables/index.js';
import { codeOf, ok, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const JOIN =
  'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id party { id } } }';
const ADD_PARTY =
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';

describe('joinPartyWithCharacter', () => {
  // The real characters subgraph answers the entity client.
  const stack = useCampaignsSubgraph('campaigns_join_party', { withCharacters: true });
  const { gql } = stack;
  const createCharacter = (owner: Identity, name: string) => stack.createCharacter(owner, { name });
  const table = () => stack.table(everyone, { name: 'Join' });

  async function partyOf(campaignId: string): Promise<string[]> {
    const rows = await stack.subgraph.database.db
      .select({ id: partyMembers.characterId })
      .from(partyMembers)
      .where(eq(partyMembers.campaignId, campaignId));
    return rows.map((row) => row.id).sort();
  }

  it('lets a player bring one character of their own; the GM may add more', async () => {
    const campaignId = await table();
    const hero = await createCharacter(player, 'Hero');
    const sidekick = await createCharacter(player, 'Sidekick');
    expect(ok(await gql(JOIN, { c: campaignId, ch: hero }, player)).joinPartyWithCharacter.party).toEqual([
      { id: hero },
    ]);
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: hero }, player))).toBe('CONFLICT');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: sidekick }, player))).toBe('CONFLICT');
    expect(await partyOf(campaignId)).toEqual([hero]);
    ok(await gql(ADD_PARTY, { c: campaignId, ch: sidekick }, gm));
    expect(await partyOf(campaignId)).toEqual([hero, sidekick].sort());
  });

  it('refuses game masters, viewers, strangers and anonymous callers, writing nothing', async () => {
    const campaignId = await table();
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: await createCharacter(player, 'P') }))).toBe('UNAUTHENTICATED');
    for (const who of [gm, coGm, viewer, stranger]) {
      const own = await createCharacter(who, 'Own');
      expect(codeOf(await gql(JOIN, { c: campaignId, ch: own }, who))).toBe('FORBIDDEN');
    }
    expect(await partyOf(campaignId)).toEqual([]);
  });

  it("refuses someone else's character, bad ids and unknown ones, writing nothing", async () => {
    const campaignId = await table();
    const theirs = await createCharacter(gm, 'Not yours');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: theirs }, player))).toBe('FORBIDDEN');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: 'hero' }, player))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(JOIN, { c: 'table', ch: theirs }, player))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(JOIN, { c: campaignId, ch: randomUUID() }, player))).toBe('NOT_FOUND');
    expect(codeOf(await gql(JOIN, { c: randomUUID(), ch: theirs }, player))).toBe('NOT_FOUND');
    expect(await partyOf(campaignId)).toEqual([]);
  });

  it('keeps one character per player under concurrent joins', async () => {
    const campaignId = await table();
    const first = await createCharacter(player, 'First');
    const second = await createCharacter(player, 'Second');
    const results = await Promise.all([first, second].map((ch) => gql(JOIN, { c: campaignId, ch }, player)));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    expect(await partyOf(campaignId)).toHaveLength(1);
  });
});
