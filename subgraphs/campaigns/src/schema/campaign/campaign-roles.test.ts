import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { campaignMembers, partyMembers } from '../../db/tables/index.js';
import { codeOf, ok, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const CAMPAIGN = 'query($id: ID!) { campaign(id: $id) { id members { role user { id } } party { id } } }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const REMOVE_MEMBER = 'mutation($c: ID!, $u: ID!) { removeCampaignMember(campaignId: $c, userId: $u) { id } }';
const SET_ROLE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: $r) { id members { role user { id } } party { id } } }';
const ADD_PARTY =
  'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';
const REMOVE_PARTY =
  'mutation($c: ID!, $ch: ID!) { removePartyMember(campaignId: $c, characterId: $ch) { id party { id } } }';

describe('campaign roles: co-game masters, players and viewers', () => {
  // The real characters subgraph answers the entity client.
  const stack = useCampaignsSubgraph('campaigns_roles', { withCharacters: true });
  const { gql } = stack;
  const createCharacter = (owner: Identity, name: string) => stack.createCharacter(owner, { name });
  /** A campaign by `gm` with a co-GM, a player and a viewer, set up through the API. */
  const table = () => stack.table(everyone, { name: `Roles ${randomUUID().slice(0, 8)}` });

  async function roleOf(campaignId: string, userId: string): Promise<string | null> {
    const [row] = await stack.subgraph.database.db
      .select({ role: campaignMembers.role })
      .from(campaignMembers)
      .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
    return row?.role ?? null;
  }

  async function partyOf(campaignId: string): Promise<string[]> {
    const rows = await stack.subgraph.database.db
      .select({ id: partyMembers.characterId })
      .from(partyMembers)
      .where(eq(partyMembers.campaignId, campaignId));
    return rows.map((row) => row.id).sort();
  }

  describe('setCampaignMemberRole', () => {
    it('lets the GM give roles; members list GM, co-GMs, players, viewers', async () => {
      const campaignId = await table();
      const members = ok(await gql(CAMPAIGN, { id: campaignId }, viewer)).campaign.members;
      expect(members).toEqual([
        { role: 'GAME_MASTER', user: { id: gm.userId } },
        { role: 'CO_GAME_MASTER', user: { id: coGm.userId } },
        { role: 'PLAYER', user: { id: player.userId } },
        { role: 'VIEWER', user: { id: viewer.userId } },
      ]);
      // Setting the role a member already has changes nothing and is not an error.
      ok(await gql(SET_ROLE, { c: campaignId, u: player.userId, r: 'PLAYER' }, gm));
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
    });

    it("takes a new viewer's characters out of the party", async () => {
      const campaignId = await table();
      const hero = await createCharacter(player, 'Hero');
      ok(await gql(ADD_PARTY, { c: campaignId, ch: hero }, gm));
      const demoted = ok(await gql(SET_ROLE, { c: campaignId, u: player.userId, r: 'VIEWER' }, gm));
      expect(demoted.setCampaignMemberRole.party).toEqual([]);
      expect(await roleOf(campaignId, player.userId)).toBe('VIEWER');
    });

    it('refuses everyone but the GM, and bad roles or targets, writing nothing', async () => {
      const campaignId = await table();
      const vars = { c: campaignId, u: player.userId, r: 'VIEWER' };
      expect(codeOf(await gql(SET_ROLE, vars))).toBe('UNAUTHENTICATED');
      for (const who of [coGm, player, viewer, stranger]) {
        expect(codeOf(await gql(SET_ROLE, vars, who))).toBe('FORBIDDEN');
      }
      expect(codeOf(await gql(SET_ROLE, { ...vars, r: 'GAME_MASTER' }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: gm.userId }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: 'someone' }, gm))).toBe('BAD_USER_INPUT');
      expect(codeOf(await gql(SET_ROLE, { ...vars, u: stranger.userId }, gm))).toBe('NOT_FOUND');
      expect(codeOf(await gql(SET_ROLE, { ...vars, c: randomUUID() }, gm))).toBe('NOT_FOUND');
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
      expect(await roleOf(campaignId, gm.userId)).toBe('GAME_MASTER');
      expect(await roleOf(campaignId, stranger.userId)).toBeNull();
    });
  });

  describe('what each role may do', () => {
    it('co-GMs manage members and the party, but not the GM or other co-GMs', async () => {
      const campaignId = await table();
      const newcomer = randomUUID();
      ok(await gql(ADD_MEMBER, { c: campaignId, u: newcomer }, coGm));
      expect(await roleOf(campaignId, newcomer)).toBe('PLAYER');
      ok(await gql(REMOVE_MEMBER, { c: campaignId, u: newcomer }, coGm));
      expect(await roleOf(campaignId, newcomer)).toBeNull();

      const hero = await createCharacter(player, 'Hero');
      ok(await gql(ADD_PARTY, { c: campaignId, ch: hero }, coGm));
      expect(await partyOf(campaignId)).toEqual([hero]);
      ok(await gql(REMOVE_PARTY, { c: campaignId, ch: hero }, coGm));
      expect(await partyOf(campaignId)).toEqual([]);

      const otherCoGm = randomUUID();
      ok(await gql(ADD_MEMBER, { c: campaignId, u: otherCoGm }, gm));
      ok(await gql(SET_ROLE, { c: campaignId, u: otherCoGm, r: 'CO_GAME_MASTER' }, gm));
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: otherCoGm }, coGm))).toBe('FORBIDDEN');
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: gm.userId }, coGm))).toBe('FORBIDDEN');
      expect(await roleOf(campaignId, otherCoGm)).toBe('CO_GAME_MASTER');
      ok(await gql(REMOVE_MEMBER, { c: campaignId, u: otherCoGm }, gm));
      expect(await roleOf(campaignId, otherCoGm)).toBeNull();
    });

    it('viewers see the campaign but change nothing and bring no character', async () => {
      const campaignId = await table();
      expect(ok(await gql(CAMPAIGN, { id: campaignId }, viewer)).campaign.id).toBe(campaignId);
      const watcherCharacter = await createCharacter(viewer, 'Watcher');
      expect(codeOf(await gql(ADD_PARTY, { c: campaignId, ch: watcherCharacter }, viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(ADD_PARTY, { c: campaignId, ch: watcherCharacter }, gm))).toBe('FORBIDDEN');
      expect(codeOf(await gql(ADD_MEMBER, { c: campaignId, u: randomUUID() }, viewer))).toBe('FORBIDDEN');
      expect(codeOf(await gql(REMOVE_MEMBER, { c: campaignId, u: player.userId }, viewer))).toBe('FORBIDDEN');
      expect(await partyOf(campaignId)).toEqual([]);
      expect(await roleOf(campaignId, player.userId)).toBe('PLAYER');
    });
  });
});
