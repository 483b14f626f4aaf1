import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { campaignInvitations, campaignMembers } from '../../db/tables/index.js';
import { codeOf, ok, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;
const otherCoGm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };

const INVITATION = 'id campaignId campaignName role status invitee { id } invitedBy { id } answeredAt';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const SET_ROLE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: $r) { id } }';
const INVITE = `mutation($c: ID!, $u: ID!, $r: CampaignRole!) { inviteToCampaign(campaignId: $c, userId: $u, role: $r) { ${INVITATION} } }`;
const MINE = `query { myCampaignInvitations { ${INVITATION} } }`;
const ACCEPT = 'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id members { role user { id } } } }';
const DECLINE = `mutation($id: ID!) { declineCampaignInvitation(id: $id) { ${INVITATION} } }`;
const REVOKE = `mutation($id: ID!) { revokeCampaignInvitation(id: $id) { ${INVITATION} } }`;

describe('campaign invitations', () => {
  // Nothing here asks the characters subgraph; the kit's unreachable URL proves it.
  const stack = useCampaignsSubgraph('campaigns_invitations');
  const { gql } = stack;

  /** A campaign by `gm` with two co-GMs, a player and a viewer. */
  async function table(name = `Invites ${randomUUID().slice(0, 8)}`): Promise<string> {
    const campaignId = await stack.table(everyone, { name });
    ok(await gql(ADD_MEMBER, { c: campaignId, u: otherCoGm.userId }, gm));
    ok(await gql(SET_ROLE, { c: campaignId, u: otherCoGm.userId, r: 'CO_GAME_MASTER' }, gm));
    return campaignId;
  }

  async function invite(campaignId: string, invitee: Identity, role: string, by: Identity = gm): Promise<string> {
    return ok(await gql(INVITE, { c: campaignId, u: invitee.userId, r: role }, by)).inviteToCampaign.id as string;
  }

  async function roleOf(campaignId: string, userId: string): Promise<string | null> {
    const [row] = await stack.subgraph.database.db
      .select({ role: campaignMembers.role })
      .from(campaignMembers)
      .where(and(eq(campaignMembers.campaignId, campaignId), eq(campaignMembers.userId, userId)));
    return row?.role ?? null;
  }

  async function statusOf(invitationId: string): Promise<string | undefined> {
    const [row] = await stack.subgraph.database.db
      .select({ status: campaignInvitations.status })
      .from(campaignInvitations)
      .where(eq(campaignInvitations.id, invitationId));
    return row?.status;
  }

  async function invitationCount(campaignId: string): Promise<number> {
    const rows = await stack.subgraph.database.db
      .select({ id: campaignInvitations.id })
      .from(campaignInvitations)
      .where(eq(campaignInvitations.campaignId, campaignId));
    return rows.length;
  }

  it('lets the invitee see and accept an invitation, joining with the invited role', async () => {
    const guest: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
    const campaignId = await table('Lost Mine');
    const invited = ok(await gql(INVITE, { c: campaignId, u: guest.userId, r: 'PLAYER' }, gm)).inviteToCampaign;
    expect(invited).toMatchObject({
      campaignId,
      campaignName: 'Lost Mine',
      role: 'PLAYER',
      status: 'PENDING',
      invitee: { id: guest.userId },
      invitedBy: { id: gm.userId },
      answeredAt: null,
    });
    expect(ok(await gql(MINE, {}, guest)).myCampaignInvitations).toEqual([invited]);
    expect(ok(await gql(MINE, {}, stranger)).myCampaignInvitations).toEqual([]);
    expect(codeOf(await gql(MINE, {}))).toBe('UNAUTHENTICATED');

    const joined = ok(await gql(ACCEPT, { id: invited.id }, guest)).acceptCampaignInvitation;
    expect(joined.members).toContainEqual({ role: 'PLAYER', user: { id: guest.userId } });
    expect(await statusOf(invited.id)).toBe('ACCEPTED');
    expect(ok(await gql(MINE, {}, guest)).myCampaignInvitations).toEqual([]);
    expect(codeOf(await gql(ACCEPT, { id: invited.id }, guest))).toBe('CONFLICT');
  });

  it('lets co-GMs invite players and viewers, and only the GM invite co-GMs', async () => {
    const campaignId = await table();
    const watcher: Identity = { userId: randomUUID(), roles: [] };
    const helper: Identity = { userId: randomUUID(), roles: [] };
    ok(await gql(ACCEPT, { id: await invite(campaignId, watcher, 'VIEWER', coGm) }, watcher));
    expect(await roleOf(campaignId, watcher.userId)).toBe('VIEWER');
    expect(codeOf(await gql(INVITE, { c: campaignId, u: helper.userId, r: 'CO_GAME_MASTER' }, coGm))).toBe('FORBIDDEN');
    expect(await invitationCount(campaignId)).toBe(1);
    ok(await gql(ACCEPT, { id: await invite(campaignId, helper, 'CO_GAME_MASTER') }, helper));
    expect(await roleOf(campaignId, helper.userId)).toBe('CO_GAME_MASTER');
  });

  it('refuses invitations from the wrong people or with bad input, writing nothing', async () => {
    const campaignId = await table();
    const guest = randomUUID();
    const vars = { c: campaignId, u: guest, r: 'PLAYER' };
    expect(codeOf(await gql(INVITE, vars))).toBe('UNAUTHENTICATED');
    for (const who of [player, viewer, stranger]) expect(codeOf(await gql(INVITE, vars, who))).toBe('FORBIDDEN');
    expect(codeOf(await gql(INVITE, { ...vars, r: 'GAME_MASTER' }, gm))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(INVITE, { ...vars, u: 'not-a-user' }, gm))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(INVITE, { ...vars, c: randomUUID() }, gm))).toBe('NOT_FOUND');
    expect(codeOf(await gql(INVITE, { ...vars, u: player.userId }, gm))).toBe('CONFLICT');
    expect(codeOf(await gql(INVITE, { ...vars, u: gm.userId }, coGm))).toBe('CONFLICT');
    expect(await invitationCount(campaignId)).toBe(0);
    ok(await gql(INVITE, vars, gm));
    expect(codeOf(await gql(INVITE, { ...vars, r: 'VIEWER' }, coGm))).toBe('CONFLICT');
    expect(await invitationCount(campaignId)).toBe(1);
  });

  it('lets only the invitee answer; unknown ids are NOT_FOUND; answered ones CONFLICT', async () => {
    const campaignId = await table();
    const guest: Identity = { userId: randomUUID(), roles: [] };
    const id = await invite(campaignId, guest, 'PLAYER');
    for (const mutation of [ACCEPT, DECLINE]) {
      expect(codeOf(await gql(mutation, { id }))).toBe('UNAUTHENTICATED');
      for (const who of [gm, coGm, player, stranger])
        expect(codeOf(await gql(mutation, { id }, who))).toBe('FORBIDDEN');
      expect(codeOf(await gql(mutation, { id: randomUUID() }, guest))).toBe('NOT_FOUND');
      expect(codeOf(await gql(mutation, { id: 'invitation-1' }, guest))).toBe('BAD_USER_INPUT');
    }
    expect(await statusOf(id)).toBe('PENDING');
    expect(await roleOf(campaignId, guest.userId)).toBeNull();

    const declined = ok(await gql(DECLINE, { id }, guest)).declineCampaignInvitation;
    expect(declined.status).toBe('DECLINED');
    expect(declined.answeredAt).not.toBeNull();
    expect(codeOf(await gql(ACCEPT, { id }, guest))).toBe('CONFLICT');
    expect(codeOf(await gql(DECLINE, { id }, guest))).toBe('CONFLICT');
    expect(await roleOf(campaignId, guest.userId)).toBeNull();
    // A declined invitation does not block a new one.
    ok(await gql(INVITE, { c: campaignId, u: guest.userId, r: 'VIEWER' }, gm));
  });

  it('answers CONFLICT and keeps the invitation open when the invitee already became a member', async () => {
    const campaignId = await table();
    const guest: Identity = { userId: randomUUID(), roles: [] };
    const id = await invite(campaignId, guest, 'VIEWER');
    ok(await gql(ADD_MEMBER, { c: campaignId, u: guest.userId }, gm));
    expect(codeOf(await gql(ACCEPT, { id }, guest))).toBe('CONFLICT');
    expect(await statusOf(id)).toBe('PENDING');
    expect(await roleOf(campaignId, guest.userId)).toBe('PLAYER');
  });

  it('lets the inviter or the GM revoke, nobody else', async () => {
    const campaignId = await table();
    const guest: Identity = { userId: randomUUID(), roles: [] };
    const byCoGm = await invite(campaignId, guest, 'PLAYER', coGm);
    expect(codeOf(await gql(REVOKE, { id: byCoGm }))).toBe('UNAUTHENTICATED');
    for (const who of [otherCoGm, player, viewer, stranger, guest]) {
      expect(codeOf(await gql(REVOKE, { id: byCoGm }, who))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(REVOKE, { id: randomUUID() }, gm))).toBe('NOT_FOUND');
    expect(await statusOf(byCoGm)).toBe('PENDING');
    expect(ok(await gql(REVOKE, { id: byCoGm }, coGm)).revokeCampaignInvitation.status).toBe('REVOKED');
    expect(codeOf(await gql(REVOKE, { id: byCoGm }, coGm))).toBe('CONFLICT');
    expect(codeOf(await gql(ACCEPT, { id: byCoGm }, guest))).toBe('CONFLICT');
    expect(await roleOf(campaignId, guest.userId)).toBeNull();

    const again = await invite(campaignId, guest, 'PLAYER', coGm);
    expect(ok(await gql(REVOKE, { id: again }, gm)).revokeCampaignInvitation.status).toBe('REVOKED');
  });
});
