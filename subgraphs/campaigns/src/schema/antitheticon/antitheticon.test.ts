import { randomUUID } from 'node:crypto';

import type { Identity } from '@grimoire/platform';
import { beforeAll, describe, expect, it } from 'vitest';

import { codeOf, ok, people, useCampaignsSubgraph } from '../test-support.js';

const everyone = people();
const { gm, coGm, player, viewer, stranger } = everyone;

const ADD_PARTY = 'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }';
/** Everything generated, without ids and times (which differ between generations). */
const NEMESIS_FIELDS = `name title level generator
  secrets { seed motive mirrors { character { id } strength counterTrait lieutenant { name description } }
            analysis { character { id } level primaryClassId strongestAbilities keySkills } }
  identities { key name guise description exposed }
  identityLinks { from { key } relation toIdentity { key } toCharacter { id } }
  deceptions { identity { key } targetCharacter { id } layer description state }
  revelations { stage trigger revelation exposesIdentity { key } revealedAt }`;
const GENERATE = `mutation($c: ID!, $s: Int!) { generateNemesis(campaignId: $c, seed: $s) { ${NEMESIS_FIELDS} } }`;
const NEMESIS = `query($id: ID!) { campaign(id: $id) { nemesis { ${NEMESIS_FIELDS} identities { id } deceptions { id } } } }`;
const ADD_DECEPTION = `mutation($c: ID!, $i: NemesisDeceptionInput!) { addNemesisDeception(campaignId: $c, input: $i) { id state layer } }`;
const SET_DECEPTION =
  'mutation($id: ID!, $s: DeceptionState!) { setNemesisDeceptionState(id: $id, state: $s) { id state } }';
const REVEAL =
  'mutation($c: ID!) { revealNext(campaignId: $c) { stage revelation exposesIdentity { key name } revealedAt } }';

describe('the Antitheticon: nemesis, identity network, deceptions and staged revelations', () => {
  // The real characters subgraph: the party analysis reads it over HTTP.
  const stack = useCampaignsSubgraph('campaigns_antitheticon', { withCharacters: true });
  const { gql } = stack;
  let fighter: string;
  let wizard: string;

  const createCharacter = (
    owner: Identity,
    name: string,
    classId: string,
    [str, dex, con, int, wis, cha]: number[],
    skills: string[],
  ): Promise<string> =>
    stack.createCharacter(owner, {
      name,
      classes: [{ class: classId, level: 3 }],
      abilityScores: { method: 'POINT_BUY', str, dex, con, int, wis, cha },
      skillProficiencies: skills,
    });

  beforeAll(async () => {
    fighter = await createCharacter(
      player,
      'Brakka',
      'fighter',
      [15, 13, 14, 8, 12, 10],
      ['athletics', 'intimidation'],
    );
    wizard = await createCharacter(gm, 'Lia', 'wizard', [8, 13, 14, 15, 12, 10], ['arcana', 'history']);
  });

  /** A campaign by `gm` with a co-GM, a player and a viewer, and the two characters in its party. */
  async function table(type = 'ANTITHETICON', party = true): Promise<string> {
    const campaignId = await stack.table(everyone, { type });
    if (party)
      for (const character of [fighter, wizard]) ok(await gql(ADD_PARTY, { c: campaignId, ch: character }, gm));
    return campaignId;
  }

  it('only ANTITHETICON campaigns with a party have a nemesis', async () => {
    const traditional = await table('TRADITIONAL');
    const refused = await gql(GENERATE, { c: traditional, s: 1 }, gm);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/only an ANTITHETICON campaign has a nemesis/);
    expect(ok(await gql(NEMESIS, { id: traditional }, gm)).campaign.nemesis).toBeNull();
    expect(codeOf(await gql(GENERATE, { c: await table('ANTITHETICON', false), s: 1 }, gm))).toBe('BAD_USER_INPUT');
  });

  it('builds the same nemesis from the same party and seed, mirroring each member', async () => {
    const first = await table();
    const generated = ok(await gql(GENERATE, { c: first, s: 42 }, gm)).generateNemesis;
    expect(generated.generator).toBe('OFFLINE_PROCEDURAL');
    expect(generated.secrets.seed).toBe(42);
    expect(generated.level).toBe(4);
    const mirrors = new Map<string, Record<string, any>>(
      generated.secrets.mirrors.map((mirror: Record<string, any>) => [mirror.character.id, mirror]),
    );
    expect(mirrors.get(fighter)?.strength).toBe('Strength (fighter)');
    expect(mirrors.get(wizard)?.strength).toBe('Intelligence (wizard)');
    expect(generated.identities).toHaveLength(3);
    expect(generated.deceptions.every((deception: { state: string }) => deception.state === 'ACTIVE')).toBe(true);
    expect(generated.revelations.map((stage: { stage: number }) => stage.stage)).toEqual([1, 2, 3]);

    // Again on the same campaign, and on another campaign with the same party: identical.
    expect(ok(await gql(GENERATE, { c: first, s: 42 }, coGm)).generateNemesis).toEqual(generated);
    expect(ok(await gql(GENERATE, { c: await table(), s: 42 }, gm)).generateNemesis).toEqual(generated);
    expect(ok(await gql(GENERATE, { c: first, s: 43 }, gm)).generateNemesis).not.toEqual(generated);
  });

  it('only the game masters shape the nemesis', async () => {
    const campaignId = await table();
    ok(await gql(GENERATE, { c: campaignId, s: 7 }, gm));
    const deceptionId = ok(await gql(NEMESIS, { id: campaignId }, gm)).campaign.nemesis.deceptions[0].id as string;
    const input = { layer: 'MOTIVE', description: 'It wants the crown, it says.' };
    for (const who of [player, viewer, stranger]) {
      expect(codeOf(await gql(GENERATE, { c: campaignId, s: 7 }, who))).toBe('FORBIDDEN');
      expect(codeOf(await gql(ADD_DECEPTION, { c: campaignId, i: input }, who))).toBe('FORBIDDEN');
      expect(codeOf(await gql(SET_DECEPTION, { id: deceptionId, s: 'ABANDONED' }, who))).toBe('FORBIDDEN');
      expect(codeOf(await gql(REVEAL, { c: campaignId }, who))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(REVEAL, { c: campaignId }))).toBe('UNAUTHENTICATED');
  });

  it('players see only what has been revealed; game masters see everything', async () => {
    const campaignId = await table();
    const full = ok(await gql(GENERATE, { c: campaignId, s: 2024 }, gm)).generateNemesis;
    const hidden = ok(await gql(NEMESIS, { id: campaignId }, player)).campaign.nemesis;
    expect(hidden).toMatchObject({
      name: null,
      title: null,
      level: null,
      secrets: null,
      identities: [],
      identityLinks: [],
      deceptions: [],
      revelations: [],
    });
    expect(ok(await gql(NEMESIS, { id: campaignId }, viewer)).campaign.nemesis.identities).toEqual([]);

    const first = ok(await gql(REVEAL, { c: campaignId }, coGm)).revealNext;
    expect(first.stage).toBe(1);
    expect(first.revealedAt).not.toBeNull();
    const exposedKey = first.exposesIdentity.key as string;
    const seen = ok(await gql(NEMESIS, { id: campaignId }, player)).campaign.nemesis;
    expect(seen.identities.map((identity: { key: string }) => identity.key)).toEqual([exposedKey]);
    expect(seen.identities[0].exposed).toBe(true);
    expect(seen.revelations).toHaveLength(1);
    expect(seen.revelations[0].stage).toBe(1);
    // The unmasked identity's lies are exposed with it, and only those show.
    const expected = full.deceptions.filter(
      (deception: { identity: { key: string } }) => deception.identity.key === exposedKey,
    );
    expect(seen.deceptions).toHaveLength(expected.length);
    for (const deception of seen.deceptions) expect(deception.state).toBe('EXPOSED');
    // Links between hidden identities stay hidden.
    for (const link of seen.identityLinks) expect(link.from.key).toBe(exposedKey);

    const stages = full.revelations.length as number;
    for (let stage = 2; stage <= stages; stage++) {
      // Who the nemesis is stays masked until the very last stage.
      expect(ok(await gql(NEMESIS, { id: campaignId }, player)).campaign.nemesis.name).toBeNull();
      expect(ok(await gql(REVEAL, { c: campaignId }, gm)).revealNext.stage).toBe(stage);
    }
    const done = await gql(REVEAL, { c: campaignId }, gm);
    expect(codeOf(done)).toBe('CONFLICT');
    expect(done.errors?.[0]?.message).toMatch(/already revealed/);
    const unmasked = ok(await gql(NEMESIS, { id: campaignId }, player)).campaign.nemesis;
    expect(unmasked.identities).toHaveLength(full.identities.length);
    expect(unmasked).toMatchObject({ name: full.name, title: full.title, level: full.level, secrets: null });
    expect(unmasked.revelations.at(-1).revelation).toMatch(/was the nemesis all along/);
  });

  it('keeps at most five deceptions active; exposed and abandoned ones are final', async () => {
    const campaignId = await table();
    ok(await gql(GENERATE, { c: campaignId, s: 5 }, gm));
    const active = () =>
      gql(NEMESIS, { id: campaignId }, gm).then(
        (body) =>
          ok(body).campaign.nemesis.deceptions.filter((deception: { state: string }) => deception.state === 'ACTIVE')
            .length as number,
      );
    expect(await active()).toBe(3);
    const input = (n: number) => ({ layer: 'PRESENCE', description: `Lie number ${n}`, targetCharacterId: fighter });
    const fourth = ok(await gql(ADD_DECEPTION, { c: campaignId, i: input(4) }, gm)).addNemesisDeception;
    expect(fourth.state).toBe('ACTIVE');
    ok(await gql(ADD_DECEPTION, { c: campaignId, i: input(5) }, coGm));
    const sixth = await gql(ADD_DECEPTION, { c: campaignId, i: input(6) }, gm);
    expect(codeOf(sixth)).toBe('CONFLICT');
    expect(sixth.errors?.[0]?.message).toMatch(/already runs 5 active deceptions.*Expose or abandon one first/);
    expect(await active()).toBe(5);

    expect(ok(await gql(SET_DECEPTION, { id: fourth.id, s: 'ABANDONED' }, gm)).setNemesisDeceptionState.state).toBe(
      'ABANDONED',
    );
    expect(codeOf(await gql(SET_DECEPTION, { id: fourth.id, s: 'ACTIVE' }, gm))).toBe('CONFLICT');
    expect(codeOf(await gql(SET_DECEPTION, { id: fourth.id, s: 'EXPOSED' }, gm))).toBe('CONFLICT');
    ok(await gql(ADD_DECEPTION, { c: campaignId, i: input(6) }, gm));
    expect(await active()).toBe(5);
    expect(codeOf(await gql(ADD_DECEPTION, { c: campaignId, i: { layer: 'MOTIVE', description: '  ' } }, gm))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await gql(ADD_DECEPTION, { c: campaignId, i: { ...input(7), identityId: randomUUID() } }, gm))).toBe(
      'NOT_FOUND',
    );
  });
});
