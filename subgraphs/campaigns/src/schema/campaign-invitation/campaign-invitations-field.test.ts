import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { describe, expect, it } from 'vitest';

import { ok, people, statementsOf, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const CREATE = 'mutation($name: String!) { createCampaign(input: { name: $name }) { id } }';
const INVITE =
  'mutation($c: ID!, $u: ID!, $r: CampaignRole!) { inviteToCampaign(campaignId: $c, userId: $u, role: $r) { id } }';
const INVITATIONS = `query($id: ID!) { campaign(id: $id) {
  pending: invitations { id campaignName role status invitee { id } invitedBy { id } }
  accepted: invitations(status: ACCEPTED) { invitee { id } }
  all: invitations(status: null) { status }
} }`;
const MY_INVITATIONS = '{ myCampaigns { id invitations { id } } }';

describe('Campaign.invitations', () => {
  const stack = useCampaignsSubgraph('campaign_invitations_field');
  const { gql } = stack;

  /** A campaign by `gm` with a co-GM, a player and a viewer. */
  const table = (name = `Guests ${randomUUID().slice(0, 8)}`) => stack.table(everyone, { name });

  it('shows the game masters every invitation, open ones by default, whoever sent them', async () => {
    const campaignId = await table('Open Doors');
    const [first, second, third] = [randomUUID(), randomUUID(), randomUUID()];
    const byGm = ok(await gql(INVITE, { c: campaignId, u: first, r: 'PLAYER' }, gm)).inviteToCampaign.id as string;
    const byCoGm = ok(await gql(INVITE, { c: campaignId, u: second, r: 'VIEWER' }, coGm)).inviteToCampaign.id as string;
    const accepted = ok(await gql(INVITE, { c: campaignId, u: third, r: 'PLAYER' }, gm)).inviteToCampaign.id as string;
    ok(
      await gql(
        'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
        { id: accepted },
        { userId: third, roles: ['PLAYER'] },
      ),
    );

    for (const reader of [gm, coGm]) {
      const campaign = ok(await gql(INVITATIONS, { id: campaignId }, reader)).campaign;
      expect(campaign.pending).toEqual([
        {
          id: byGm,
          campaignName: 'Open Doors',
          role: 'PLAYER',
          status: 'PENDING',
          invitee: { id: first },
          invitedBy: { id: gm.userId },
        },
        {
          id: byCoGm,
          campaignName: 'Open Doors',
          role: 'VIEWER',
          status: 'PENDING',
          invitee: { id: second },
          invitedBy: { id: coGm.userId },
        },
      ]);
      expect(campaign.accepted).toEqual([{ invitee: { id: third } }]);
      expect(campaign.all.map((invitation: { status: string }) => invitation.status)).toEqual([
        'PENDING',
        'PENDING',
        'ACCEPTED',
      ]);
    }
  });

  it('refuses players, viewers and strangers', async () => {
    const campaignId = await table();
    ok(await gql(INVITE, { c: campaignId, u: randomUUID(), r: 'PLAYER' }, gm));
    for (const reader of [player, viewer]) {
      const body = await gql(INVITATIONS, { id: campaignId }, reader);
      expect(body.errors?.[0]?.extensions?.code, reader.userId).toBe('FORBIDDEN');
      expect(body.errors![0]!.message).toMatch(/game master or a co-game master/);
    }
    // A stranger cannot even reach the campaign, nor its invitations through an entity reference.
    expect((await gql(INVITATIONS, { id: campaignId }, stranger)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entity = await gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { invitations { id } } } }',
      { r: [{ __typename: 'Campaign', id: campaignId }] },
      stranger,
    );
    expect(entity.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(INVITATIONS, { id: campaignId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists the invitations of many campaigns with the same SQL statements as of one', async () => {
    const host: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };
    let invitations: number[] = [];
    const statements = () =>
      statementsOf(stack.subgraph.database, async () => {
        const campaigns = ok(await gql(MY_INVITATIONS, {}, host)).myCampaigns as { invitations: unknown[] }[];
        invitations = campaigns.map((campaign) => campaign.invitations.length);
      });
    const hostCampaign = async () => {
      const campaignId = ok(await gql(CREATE, { name: 'Hosted' }, host)).createCampaign.id as string;
      for (let index = 0; index < 3; index += 1)
        ok(await gql(INVITE, { c: campaignId, u: randomUUID(), r: 'PLAYER' }, host));
    };
    await hostCampaign();
    const one = await statements();
    expect(invitations).toEqual([3]);
    for (let index = 0; index < 4; index += 1) await hostCampaign();
    expect(await statements()).toBe(one);
    expect(invitations).toEqual([3, 3, 3, 3, 3]);
  });
});
