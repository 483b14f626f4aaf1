import { describe, expect, it } from 'vitest';

import {
  analyzeMember,
  canMoveDeception,
  canStartDeception,
  DECEPTION_STATES,
  generateNemesis,
  MAX_ACTIVE_DECEPTIONS,
  type PartyMemberProfile,
} from './index.js';

const member = (
  characterId: string,
  name: string,
  classId: string,
  level: number,
  scores: [number, number, number, number, number, number],
  skills: string[] = [],
): PartyMemberProfile => {
  const [str, dex, con, int, wis, cha] = scores;
  return {
    characterId,
    name,
    level,
    classes: [{ classId, level }],
    abilityScores: { str, dex, con, int, wis, cha },
    skillProficiencies: skills,
  };
};

const PARTY: PartyMemberProfile[] = [
  member('a1', 'Brakka', 'fighter', 5, [18, 12, 16, 8, 10, 10], ['athletics', 'intimidation']),
  member('b2', 'Lia', 'wizard', 4, [8, 14, 12, 18, 12, 10], ['arcana', 'history', 'investigation', 'medicine']),
  member('c3', 'Sly', 'rogue', 6, [10, 18, 12, 12, 10, 14], ['stealth']),
];

/** Every identity is reachable from every other through identity-to-identity links. */
function isConnected(keys: string[], links: readonly { from: string; toIdentity?: string | undefined }[]): boolean {
  const edges = links.filter((link) => link.toIdentity !== undefined);
  const seen = new Set([keys[0]]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const link of edges) {
      const to = link.toIdentity ?? '';
      if (seen.has(link.from) !== seen.has(to)) {
        seen.add(link.from).add(to);
        grew = true;
      }
    }
  }
  return keys.every((key) => seen.has(key));
}

describe('analyzeMember', () => {
  it('finds the main class, the two strongest abilities and up to three skills', () => {
    expect(analyzeMember(PARTY[1])).toEqual({
      characterId: 'b2',
      name: 'Lia',
      level: 4,
      primaryClassId: 'wizard',
      strongestAbilities: ['int', 'dex'],
      keySkills: ['arcana', 'history', 'investigation'],
    });
  });

  it('takes the class with most levels of a multiclass, and breaks ability ties in STR…CHA order', () => {
    const multiclass = {
      ...member('d4', 'Mix', 'fighter', 5, [14, 14, 14, 14, 14, 14]),
      classes: [
        { classId: 'fighter', level: 2 },
        { classId: 'warlock', level: 3 },
      ],
    };
    expect(analyzeMember(multiclass)).toMatchObject({ primaryClassId: 'warlock', strongestAbilities: ['str', 'dex'] });
    expect(analyzeMember({ ...multiclass, classes: [] }).primaryClassId).toBeNull();
  });
});

describe('generateNemesis', () => {
  it('is deterministic: the same party (in any order) and seed give the same nemesis', () => {
    const first = generateNemesis(PARTY, 1234);
    expect(generateNemesis([...PARTY].reverse(), 1234)).toEqual(first);
    expect(first.generator).toBe('OFFLINE_PROCEDURAL');
    expect(first.seed).toBe(1234);
  });

  it('another seed gives another nemesis', () => {
    const names = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(generateNemesis(PARTY, seed))));
    expect(names.size).toBe(5);
  });

  it('stands one level above the party average, never above 20', () => {
    expect(generateNemesis(PARTY, 7).level).toBe(6);
    expect(generateNemesis([member('z', 'Old', 'cleric', 20, [10, 10, 10, 10, 20, 10])], 7).level).toBe(20);
  });

  it('mirrors each member’s strongest ability and main class', () => {
    const { mirrors } = generateNemesis(PARTY, 99);
    expect(mirrors.map((mirror) => mirror.characterId)).toEqual(['a1', 'b2', 'c3']);
    expect(mirrors[0].strength).toBe('Strength (fighter)');
    expect(mirrors[0].counterTrait).toMatch(/never trades blows/i);
    expect(mirrors[0].lieutenant.description).toContain('The mirror of Brakka: a duellist');
    expect(mirrors[0].lieutenant.description).toContain('athletics, intimidation');
    expect(mirrors[1].strength).toBe('Intelligence (wizard)');
    expect(mirrors[2].strength).toBe('Dexterity (rogue)');
  });

  it.each([1, 17, 2024, 99_999])(
    'seed %i: a named, connected identity network tied to the party, ≤5 deceptions, one revelation per identity',
    (seed) => {
      const nemesis = generateNemesis(PARTY, seed);
      const keys = nemesis.identities.map((identity) => identity.key);
      expect(keys).toEqual(['identity-1', 'identity-2', 'identity-3', 'identity-4']);
      expect(nemesis.identities.every((identity) => identity.name.length > 0)).toBe(true);
      expect(nemesis.identities[0].description).toMatch(/70% true/);
      expect(isConnected(keys, nemesis.links)).toBe(true);
      for (const key of keys) expect(nemesis.links.some((link) => link.from === key)).toBe(true);
      const partyIds = new Set(PARTY.map((one) => one.characterId));
      for (const link of nemesis.links) {
        if (link.toCharacterId !== undefined) expect(partyIds.has(link.toCharacterId)).toBe(true);
        else expect(keys).toContain(link.toIdentity);
      }
      expect(nemesis.deceptions.length).toBeGreaterThan(0);
      expect(nemesis.deceptions.length).toBeLessThanOrEqual(MAX_ACTIVE_DECEPTIONS);
      expect(new Set(nemesis.deceptions.map((deception) => deception.layer)).size).toBe(nemesis.deceptions.length);
      expect(nemesis.revelations.map((stage) => stage.stage)).toEqual([1, 2, 3, 4]);
      expect(nemesis.revelations.at(-1)?.exposesIdentityKey).toBe('identity-1');
      expect(new Set(nemesis.revelations.map((stage) => stage.exposesIdentityKey)).size).toBe(4);
    },
  );

  it('caps the network at five identities for a big party', () => {
    const big = Array.from({ length: 8 }, (_, index) =>
      member(`m${index}`, `M${index}`, 'bard', 3, [10, 10, 10, 10, 10, 16]),
    );
    expect(generateNemesis(big, 5).identities).toHaveLength(5);
  });

  it('refuses an empty party', () => {
    expect(() => generateNemesis([], 1)).toThrow(/party is empty/);
  });
});

describe('deception rules', () => {
  it(`allows a new deception only below ${MAX_ACTIVE_DECEPTIONS} active ones`, () => {
    expect(canStartDeception(4)).toEqual({ ok: true });
    expect(canStartDeception(5)).toMatchObject({ ok: false, message: expect.stringMatching(/5 active/) as string });
  });

  it('moves only ACTIVE deceptions, to EXPOSED or ABANDONED', () => {
    const allowed = DECEPTION_STATES.flatMap((from) =>
      DECEPTION_STATES.filter((to) => canMoveDeception(from, to).ok).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['ACTIVE→EXPOSED', 'ACTIVE→ABANDONED']);
  });
});
