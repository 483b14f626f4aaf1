import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { campaignHomebrew, campaignRuleProfiles } from '../../db/tables/index.js';
import { codeOf, ok, people, statementsOf, UNREACHABLE_URL, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const PROFILE =
  'allowSrd allowedHomebrew allowedClasses allowedSpecies startingLevel levelRange { min max } bannedItems updatedBy { id }';
const ADD_MEMBER = 'mutation($c: ID!, $u: ID!) { addCampaignMember(campaignId: $c, userId: $u) { id } }';
const CHANGE_STATUS =
  'mutation($id: ID!, $s: CampaignStatus!) { changeCampaignStatus(id: $id, status: $s) { status } }';
const SET = `mutation($c: ID!, $input: CampaignRuleProfileInput!) { setCampaignRuleProfile(campaignId: $c, input: $input) { id ruleProfile { ${PROFILE} } } }`;
const CLEAR = 'mutation($c: ID!) { clearCampaignRuleProfile(campaignId: $c) { id ruleProfile { allowSrd } } }';
const READ = `query($id: ID!) { campaign(id: $id) { ruleProfile { ${PROFILE} } } }`;
const ENTITIES =
  'query($r: [_Any!]!) { _entities(representations: $r) { ... on Campaign { ruleProfile { allowSrd } } } }';
const MY_PROFILES = '{ myCampaigns { id ruleProfile { allowedClasses } } }';

describe('campaign rule profiles', () => {
  // Nothing here asks characters or the catalog; unreachable URLs prove it.
  const stack = useCampaignsSubgraph('campaign_rule_profiles', { catalogUrl: UNREACHABLE_URL });
  const { gql } = stack;

  /** A campaign by `gm` with a co-GM, a player, a viewer, and `homebrew` allowed in it. */
  async function table(homebrew: string[] = []): Promise<string> {
    const campaignId = await stack.table(everyone);
    // Arranged in the table directly: allowing homebrew through the API needs the catalog (tested elsewhere).
    for (const homebrewId of homebrew)
      await stack.subgraph.database.db.insert(campaignHomebrew).values({ campaignId, homebrewId, addedBy: gm.userId });
    return campaignId;
  }

  const hb = () => `hb-${randomUUID()}`;

  it('lets the game masters set the whole profile, which every member reads', async () => {
    const [feat, otherFeat] = [hb(), hb()];
    const campaignId = await table([feat, otherFeat]);
    const set = ok(
      await gql(
        SET,
        {
          c: campaignId,
          input: {
            allowedHomebrew: [feat.toUpperCase().replace('HB-', 'hb-')],
            allowedClasses: ['Fighter', 'wizard', 'fighter'],
            allowedSpecies: ['dwarf', 'elf'],
            startingLevel: 3,
            levelRange: { min: 3, max: 10 },
            bannedItems: ['longsword', 'bag-of-holding', otherFeat],
          },
        },
        gm,
      ),
    ).setCampaignRuleProfile;
    const expected = {
      allowSrd: true,
      allowedHomebrew: [feat],
      allowedClasses: ['fighter', 'wizard'],
      allowedSpecies: ['dwarf', 'elf'],
      startingLevel: 3,
      levelRange: { min: 3, max: 10 },
      bannedItems: ['longsword', 'bag-of-holding', otherFeat],
      updatedBy: { id: gm.userId },
    };
    expect(set).toEqual({ id: campaignId, ruleProfile: expected });
    for (const member of [coGm, player, viewer])
      expect(ok(await gql(READ, { id: campaignId }, member)).campaign.ruleProfile).toEqual(expected);

    // A co-GM replaces it as a whole: omitted fields are no limits.
    const replaced = ok(await gql(SET, { c: campaignId, input: { allowSrd: false } }, coGm)).setCampaignRuleProfile;
    expect(replaced.ruleProfile).toMatchObject({
      allowSrd: false,
      allowedHomebrew: null,
      allowedClasses: null,
      levelRange: null,
      bannedItems: [],
      updatedBy: { id: coGm.userId },
    });

    expect(ok(await gql(CLEAR, { c: campaignId }, gm)).clearCampaignRuleProfile).toEqual({
      id: campaignId,
      ruleProfile: null,
    });
    // Clearing twice is fine.
    expect(ok(await gql(CLEAR, { c: campaignId }, coGm)).clearCampaignRuleProfile.ruleProfile).toBeNull();
  });

  it('refuses players, viewers, strangers and anonymous callers, and writes nothing', async () => {
    const campaignId = await table();
    ok(await gql(SET, { c: campaignId, input: { allowedClasses: ['fighter'] } }, gm));
    const before = (await stack.subgraph.database.db.select({ value: count() }).from(campaignRuleProfiles))[0]!.value;
    const cases: [string, Identity | undefined, string][] = [
      [SET, player, 'FORBIDDEN'],
      [SET, viewer, 'FORBIDDEN'],
      [SET, stranger, 'FORBIDDEN'],
      [SET, undefined, 'UNAUTHENTICATED'],
      [CLEAR, player, 'FORBIDDEN'],
      [CLEAR, viewer, 'FORBIDDEN'],
      [CLEAR, stranger, 'FORBIDDEN'],
      [CLEAR, undefined, 'UNAUTHENTICATED'],
    ];
    for (const [mutation, identity, code] of cases) {
      const body = await gql(mutation, { c: campaignId, input: { allowedClasses: ['wizard'] } }, identity);
      expect(codeOf(body), `${mutation.slice(11, 35)} as ${identity?.userId ?? 'anonymous'}`).toBe(code);
    }
    expect((await stack.subgraph.database.db.select({ value: count() }).from(campaignRuleProfiles))[0]!.value).toBe(
      before,
    );
    expect(ok(await gql(READ, { id: campaignId }, player)).campaign.ruleProfile.allowedClasses).toEqual(['fighter']);
    // A stranger reaching the campaign through an entity reference still cannot read its profile.
    const entity = await gql(ENTITIES, { r: [{ __typename: 'Campaign', id: campaignId }] }, stranger);
    expect(codeOf(entity)).toBe('FORBIDDEN');
  });

  it('checks the input and names the field: unknown ids, homebrew the campaign does not allow, bad levels', async () => {
    const allowed = hb();
    const campaignId = await table([allowed]);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ allowedClasses: ['wizzard'] }, 'input.allowedClasses', /wizzard/],
      [{ allowedClasses: ['elf'] }, 'input.allowedClasses', /elf/],
      [{ allowedClasses: [] }, 'input.allowedClasses', /at least one class/],
      [{ allowedSpecies: ['fighter'] }, 'input.allowedSpecies', /fighter/],
      [{ allowedHomebrew: [hb()] }, 'input.allowedHomebrew', /allowHomebrewInCampaign/],
      [{ allowedHomebrew: ['not-an-id'] }, 'input.allowedHomebrew', /not allowed in this campaign/],
      [{ allowedHomebrew: [], allowedClasses: [allowed] }, 'input.allowedClasses', /not homebrew this profile allows/],
      [{ allowSrd: false, allowedHomebrew: [] }, 'input.allowSrd', /no character could be built/],
      [{ allowSrd: false, allowedClasses: ['fighter'] }, 'input.allowedClasses', /SRD content/],
      [{ startingLevel: 0 }, 'input.startingLevel', /at least 1/],
      [{ startingLevel: 21 }, 'input.startingLevel', /at most 20/],
      [{ levelRange: { min: 8, max: 4 } }, 'input.levelRange.min', /above max/],
      [{ levelRange: { min: 2, max: 4 }, startingLevel: 5 }, 'input.startingLevel', /inside levelRange/],
      [{ bannedItems: ['excalibur'] }, 'input.bannedItems', /excalibur/],
      [{ bannedItems: [hb()] }, 'input.bannedItems', /neither an SRD item/],
    ];
    for (const [input, field, message] of cases) {
      const body = await gql(SET, { c: campaignId, input }, gm);
      expect(codeOf(body), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.extensions!.field, JSON.stringify(input)).toBe(field);
      expect(body.errors![0]!.message, JSON.stringify(input)).toMatch(message);
    }
    expect(ok(await gql(READ, { id: campaignId }, gm)).campaign.ruleProfile).toBeNull();
    // Homebrew the campaign allows is a valid class id (the catalog decides what kind it is).
    ok(await gql(SET, { c: campaignId, input: { allowSrd: false, allowedClasses: [allowed] } }, gm));
  });

  it('is read-only once the campaign is archived', async () => {
    const campaignId = await table();
    for (const status of ['ACTIVE', 'COMPLETED']) ok(await gql(CHANGE_STATUS, { id: campaignId, s: status }, gm));
    // Still editable when completed.
    ok(await gql(SET, { c: campaignId, input: { startingLevel: 2 } }, gm));
    ok(await gql(CHANGE_STATUS, { id: campaignId, s: 'ARCHIVED' }, gm));
    for (const mutation of [SET, CLEAR]) {
      const body = await gql(mutation, { c: campaignId, input: { startingLevel: 4 } }, gm);
      expect(codeOf(body)).toBe('CONFLICT');
      expect(body.errors![0]!.extensions!.status).toBe('ARCHIVED');
    }
    expect(ok(await gql(READ, { id: campaignId }, player)).campaign.ruleProfile.startingLevel).toBe(2);
  });

  it('reads the profiles of many campaigns with the same number of SQL statements as of one', async () => {
    const reader: Identity = { userId: randomUUID(), roles: ['PLAYER'] };
    let campaigns = 0;
    const statementsFor = () =>
      statementsOf(stack.subgraph.database, async () => {
        campaigns = ok(await gql(MY_PROFILES, {}, reader)).myCampaigns.length as number;
      });
    const join = async () => {
      const campaignId = await table();
      ok(await gql(ADD_MEMBER, { c: campaignId, u: reader.userId }, gm));
      ok(await gql(SET, { c: campaignId, input: { allowedClasses: ['fighter'] } }, gm));
    };
    await join();
    const one = await statementsFor();
    expect(campaigns).toBe(1);
    for (let index = 0; index < 4; index += 1) await join();
    expect(await statementsFor()).toBe(one);
    expect(campaigns).toBe(5);
  });
});
