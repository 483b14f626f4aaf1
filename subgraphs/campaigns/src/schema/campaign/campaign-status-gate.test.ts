import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import type { CampaignStatus } from '../../db/tables/index.js';
import { type CampaignActivity, statusAllows } from '../../domain/campaign-status-gate.js';
import { type Body, ok, useCampaignsSubgraph } from '../test-support.js';

const gm: Identity = { userId: randomUUID(), roles: ['GAME_MASTER'] };

const CREATE = 'mutation($name: String!) { createCampaign(input: { name: $name }) { id } }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const INVITE = 'mutation($c: ID!, $u: ID!) { inviteToCampaign(campaignId: $c, userId: $u, role: PLAYER) { id } }';
const CHANGE_STATUS =
  'mutation($id: ID!, $s: CampaignStatus!) { changeCampaignStatus(id: $id, status: $s) { status } }';
const READ =
  'query($id: ID!) { campaign(id: $id) { name status members { role user { id } } ruleProfile { startingLevel } invitations(status: null) { id status } } }';

/** The moves that bring a new (DRAFT) campaign to each status. */
const PATH: Record<CampaignStatus, CampaignStatus[]> = {
  DRAFT: [],
  ACTIVE: ['ACTIVE'],
  PAUSED: ['ACTIVE', 'PAUSED'],
  COMPLETED: ['ACTIVE', 'COMPLETED'],
  ARCHIVED: ['ACTIVE', 'COMPLETED', 'ARCHIVED'],
};

/** A campaign in some status, with people and invitations made while it was a draft. */
interface Table {
  campaignId: string;
  player: Identity;
  invitees: { accept: Identity; decline: Identity; revoke: Identity };
  invitations: { accept: string; decline: string; revoke: string };
}

/**
 * Each mutation against each status: the activity it counts as, what it does when allowed (its
 * normal answer, possibly an error other than CONFLICT), and nothing at all when the status rules
 * it out. Party additions ask the characters subgraph when allowed (unreachable here), so they are
 * only run where the status refuses them before any call.
 */
const MUTATIONS: {
  name: string;
  activity: CampaignActivity;
  run: (
    table: Table,
    gql: (query: string, variables: Record<string, unknown>, who: Identity) => Promise<Body>,
  ) => Promise<Body>;
  /** The code when the status allows it (undefined: success). */
  allowed?: string;
  onlyWhenRefused?: boolean;
}[] = [
  {
    name: 'updateCampaign',
    activity: 'CHANGE',
    run: (t, gql) =>
      gql(
        'mutation($id: ID!) { updateCampaign(id: $id, input: { name: "Renamed" }) { id } }',
        { id: t.campaignId },
        gm,
      ),
  },
  {
    name: 'setCampaignRuleProfile',
    activity: 'CHANGE',
    run: (t, gql) =>
      gql(
        'mutation($c: ID!) { setCampaignRuleProfile(campaignId: $c, input: { startingLevel: 2 }) { id } }',
        { c: t.campaignId },
        gm,
      ),
  },
  {
    name: 'addCampaignMember',
    activity: 'ADMIT',
    run: (t, gql) => gql(ADD_MEMBER, { c: t.campaignId, u: randomUUID() }, gm),
  },
  {
    name: 'inviteToCampaign',
    activity: 'ADMIT',
    run: (t, gql) => gql(INVITE, { c: t.campaignId, u: randomUUID() }, gm),
  },
  {
    name: 'acceptCampaignInvitation',
    activity: 'ADMIT',
    run: (t, gql) =>
      gql(
        'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
        { id: t.invitations.accept },
        t.invitees.accept,
      ),
  },
  {
    name: 'revokeCampaignInvitation',
    activity: 'CHANGE',
    run: (t, gql) =>
      gql('mutation($id: ID!) { revokeCampaignInvitation(id: $id) { id } }', { id: t.invitations.revoke }, gm),
  },
  {
    name: 'setCampaignMemberRole',
    activity: 'CHANGE',
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $u: ID!) { setCampaignMemberRole(campaignId: $c, userId: $u, role: CO_GAME_MASTER) { id } }',
        { c: t.campaignId, u: t.player.userId },
        gm,
      ),
  },
  {
    name: 'removeCampaignMember',
    activity: 'CHANGE',
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $u: ID!) { removeCampaignMember(campaignId: $c, userId: $u) { id } }',
        { c: t.campaignId, u: t.player.userId },
        gm,
      ),
  },
  {
    name: 'removePartyMember',
    activity: 'CHANGE',
    allowed: 'NOT_FOUND',
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $ch: ID!) { removePartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: t.campaignId, ch: randomUUID() },
        gm,
      ),
  },
  {
    name: 'disallowHomebrewInCampaign',
    activity: 'CHANGE',
    allowed: 'NOT_FOUND',
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $h: ID!) { disallowHomebrewInCampaign(campaignId: $c, homebrewId: $h) { id } }',
        { c: t.campaignId, h: `hb-${randomUUID()}` },
        gm,
      ),
  },
  {
    name: 'addPartyMember',
    activity: 'ADMIT',
    onlyWhenRefused: true,
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
        { c: t.campaignId, ch: randomUUID() },
        gm,
      ),
  },
  {
    name: 'joinPartyWithCharacter',
    activity: 'ADMIT',
    onlyWhenRefused: true,
    run: (t, gql) =>
      gql(
        'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
        { c: t.campaignId, ch: randomUUID() },
        t.player,
      ),
  },
];

describe('what a campaign status allows', () => {
  // Refused party additions never reach the characters subgraph; the kit's unreachable URL proves it.
  const stack = useCampaignsSubgraph('campaign_status_gate');
  const { gql } = stack;

  async function tableIn(status: CampaignStatus): Promise<Table> {
    const campaignId = ok(await gql(CREATE, { name: `Gate ${status}` }, gm)).createCampaign.id as string;
    const newUser = (): Identity => ({ userId: randomUUID(), roles: ['PLAYER'] });
    const player = newUser();
    ok(await gql(ADD_MEMBER, { c: campaignId, u: player.userId }, gm));
    const invitees = { accept: newUser(), decline: newUser(), revoke: newUser() };
    const invite = async (who: Identity) =>
      ok(await gql(INVITE, { c: campaignId, u: who.userId }, gm)).inviteToCampaign.id as string;
    const invitations = {
      accept: await invite(invitees.accept),
      decline: await invite(invitees.decline),
      revoke: await invite(invitees.revoke),
    };
    for (const next of PATH[status]) ok(await gql(CHANGE_STATUS, { id: campaignId, s: next }, gm));
    return { campaignId, player, invitees, invitations };
  }

  it('follows the table: everything until COMPLETED, which admits nobody, and nothing once ARCHIVED', () => {
    const table = Object.fromEntries(
      (['CHANGE', 'ADMIT'] as const).map((activity) => [
        activity,
        (Object.keys(PATH) as CampaignStatus[]).filter((status) => statusAllows(status, activity)),
      ]),
    );
    expect(table).toEqual({ CHANGE: ['DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED'], ADMIT: ['DRAFT', 'ACTIVE', 'PAUSED'] });
  });

  for (const status of Object.keys(PATH) as CampaignStatus[]) {
    it(`gates every mutation when the campaign is ${status}`, async () => {
      for (const mutation of MUTATIONS) {
        const allowed = statusAllows(status, mutation.activity);
        if (allowed && mutation.onlyWhenRefused) continue;
        // A fresh campaign per mutation: each one starts from the same state.
        const table = await tableIn(status);
        const before = ok(await gql(READ, { id: table.campaignId }, gm)).campaign;
        const body = await mutation.run(table, gql);
        const code = body.errors?.[0]?.extensions?.code;
        if (allowed) {
          expect(code, `${mutation.name} on ${status}: ${JSON.stringify(body.errors)}`).toBe(mutation.allowed);
        } else {
          expect(code, `${mutation.name} on ${status}`).toBe('CONFLICT');
          expect(body.errors![0]!.extensions!.status).toBe(status);
          expect(body.errors![0]!.message).toMatch(new RegExp(`^This campaign is ${status}`));
          expect(ok(await gql(READ, { id: table.campaignId }, gm)).campaign, `${mutation.name} wrote nothing`).toEqual(
            before,
          );
        }
      }
      // The invitee may always decline: it is their answer, not a change to the campaign.
      const table = await tableIn(status);
      const declined = await gql(
        'mutation($id: ID!) { declineCampaignInvitation(id: $id) { status } }',
        { id: table.invitations.decline },
        table.invitees.decline,
      );
      expect(ok(declined).declineCampaignInvitation.status).toBe('DECLINED');
    });
  }

  // Those that write when allowed: each must check the status again under the campaign's lock.
  for (const mutation of MUTATIONS.filter((each) => each.allowed === undefined && !each.onlyWhenRefused)) {
    it(`${mutation.name} waiting for the campaign lock is refused once the campaign was archived meanwhile`, async () => {
      const table = await tableIn('ACTIVE');
      const before = ok(await gql(READ, { id: table.campaignId }, gm)).campaign;
      const { db } = stack.subgraph.database;
      const outcome = await db.transaction(async (tx) => {
        // Hold the campaign's row lock, as a concurrent status move does.
        await tx.execute(sql`select id from campaigns.campaigns where id = ${table.campaignId} for update`);
        const pending = mutation.run(table, gql);
        // It passed the first check (ACTIVE allows it) and waits for the lock.
        await vi.waitFor(async () => {
          const [waiting] = await db.execute<{ count: number }>(
            sql`select count(*)::int as count from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
          );
          expect(waiting!.count).toBeGreaterThan(0);
        });
        await tx.execute(sql`update campaigns.campaigns set status = 'ARCHIVED' where id = ${table.campaignId}`);
        // Not awaited here: the mutation goes on only once this transaction commits.
        return { pending };
      });
      const body = await outcome.pending;
      expect(body.errors?.[0]?.extensions, JSON.stringify(body.errors)).toMatchObject({
        code: 'CONFLICT',
        status: 'ARCHIVED',
      });
      const after = ok(await gql(READ, { id: table.campaignId }, gm)).campaign;
      expect({ ...after, status: before.status }).toEqual(before);
    });
  }
});
