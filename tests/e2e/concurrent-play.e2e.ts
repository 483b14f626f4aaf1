import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startTestStack, type TestStack, type TestUser } from '../harness/test-stack.js';

type Result = Awaited<ReturnType<TestStack['query']>>;

const CONDITIONS = ['BLINDED', 'CHARMED', 'DEAFENED', 'FRIGHTENED', 'GRAPPLED', 'INVISIBLE', 'POISONED', 'PRONE'];
const READ = `query($id: ID!) { character(id: $id) { version name hitPoints { max { value } current }
  playState { conditions spellSlots { level total remaining } } } }`;
const DAMAGE = 'mutation($id: ID!) { damageCharacter(id: $id, amount: 1) { version } }';
const ADD_CONDITION =
  'mutation($id: ID!, $c: CharacterCondition!) { addCondition(id: $id, condition: $c) { version } }';
const CAST = 'mutation($id: ID!) { castSpell(id: $id, spellId: "magic-missile") { version } }';
const RENAME =
  'mutation($id: ID!, $v: Int!, $name: String!) { updateCharacter(id: $id, expectedVersion: $v, input: { name: $name }) { version name } }';

const codeOf = (result: Result) => (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

/**
 * Issue 4 §4: concurrent play-state edits from several clients through the router never lose an
 * update. The game master and the player (each with several connections in flight) hit one
 * character at once: HP changes are deltas, conditions a set, spell slots counted, and a stale
 * absolute edit is a CONFLICT carrying the current version.
 */
describe('concurrent play through the router', () => {
  let grimoire: TestStack;
  let gm: TestUser;
  let player: TestUser;

  beforeAll(async () => {
    grimoire = await startTestStack('concurrent_play');
    [gm, player] = [await grimoire.signUp('Busy GM'), await grimoire.signUp('Busy Player')];
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  /** A character of the player's in a campaign run by the game master. */
  async function partyCharacter(input: Record<string, unknown>): Promise<string> {
    const id = (
      await grimoire.ok(
        'mutation($input: CreateCharacterInput!) { createCharacter(input: $input) { id } }',
        { input },
        player,
      )
    ).createCharacter.id as string;
    const campaignId = await grimoire.createCampaign(gm, { name: 'Rush' }, [player]);
    await grimoire.ok(
      'mutation($c: ID!, $ch: ID!) { joinPartyWithCharacter(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: id },
      player,
    );
    return id;
  }

  it('applies every damage delta and every condition sent at once by the game master and the player', async () => {
    const id = await partyCharacter({
      name: 'Anvil',
      species: 'dwarf',
      classes: [{ class: 'fighter', level: 8 }],
      abilityScores: { method: 'MANUAL', str: 16, dex: 12, con: 16, int: 10, wis: 12, cha: 8 },
    });
    const start = (await grimoire.ok(READ, { id }, player)).character;
    const hits = 24;
    expect(start.hitPoints.max.value).toBeGreaterThan(hits);

    const results = await Promise.all([
      ...Array.from({ length: hits }, (_, index) =>
        grimoire.query(DAMAGE, { id }, (index % 2 ? gm : player).accessToken),
      ),
      // Each condition twice, from both clients: a set keeps one of each.
      ...CONDITIONS.flatMap((condition) =>
        [gm, player].map((user) => grimoire.query(ADD_CONDITION, { id, c: condition }, user.accessToken)),
      ),
    ]);
    expect(results.map(codeOf).filter((code) => code !== 'OK')).toEqual([]);

    const end = (await grimoire.ok(READ, { id }, player)).character;
    expect(end.hitPoints.current).toBe(start.hitPoints.max.value - hits);
    expect([...end.playState.conditions].sort()).toEqual([...CONDITIONS].sort());
    // Every accepted change got its own version: none overwrote another.
    const versions = results.map(
      (result) => result.data!.damageCharacter?.version ?? result.data!.addCondition.version,
    );
    expect(new Set(versions.slice(0, hits)).size).toBe(hits);
    expect(end.version).toBe(Math.max(...versions));
  });

  it('counts spell slots: of 8 casts at once with 4 slots, exactly 4 land', async () => {
    const id = await partyCharacter({
      name: 'Quill',
      species: 'elf',
      lineage: 'elven-lineage-high-elf',
      classes: [{ class: 'wizard', level: 5 }],
      abilityScores: { method: 'MANUAL', str: 8, dex: 14, con: 14, int: 17, wis: 12, cha: 10 },
    });
    await grimoire.ok(
      'mutation($id: ID!) { learnSpell(id: $id, classId: "wizard", spellId: "magic-missile", prepared: true) { id } }',
      { id },
      player,
    );
    const results = await Promise.all(
      Array.from({ length: 8 }, () => grimoire.query(CAST, { id }, player.accessToken)),
    );
    const codes = results.map(codeOf).sort();
    expect(codes).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'OK',
      'OK',
      'OK',
      'OK',
    ]);
    for (const result of results.filter((result) => codeOf(result) !== 'OK'))
      expect(result.errors![0]!.message).toMatch(/level 1 spell slots are spent/);
    const slots = (await grimoire.ok(READ, { id }, player)).character.playState.spellSlots;
    expect(slots[0]).toEqual({ level: 1, total: 4, remaining: 0 });
  });

  it('lets exactly one of several absolute edits with the same expectedVersion win; the others get CONFLICT with the current version', async () => {
    const id = await partyCharacter({ name: 'Contested' });
    const { version } = (await grimoire.ok(READ, { id }, player)).character;
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
    const results = await Promise.all(
      names.map((name) => grimoire.query(RENAME, { id, v: version, name }, player.accessToken)),
    );
    const winners = results.filter((result) => codeOf(result) === 'OK');
    expect(winners).toHaveLength(1);
    const winner = winners[0]!.data!.updateCharacter;
    for (const loser of results.filter((result) => codeOf(result) !== 'OK'))
      expect(loser.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    const end = (await grimoire.ok(READ, { id }, player)).character;
    expect(end).toMatchObject({ version: version + 1, name: winner.name });
    // Retrying from the current version works.
    expect((await grimoire.ok(RENAME, { id, v: end.version, name: 'Settled' }, player)).updateCharacter.name).toBe(
      'Settled',
    );
  });
});
