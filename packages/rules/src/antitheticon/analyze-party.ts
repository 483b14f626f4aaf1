import { ABILITIES, type Ability } from '../model/basics.js';
import type { MemberAnalysis, PartyMemberProfile } from './model.js';

/** What the nemesis sees in one member: main class, two strongest abilities, key skills. */
export function analyzeMember(member: PartyMemberProfile): MemberAnalysis {
  const primary = member.classes.reduce<{ classId: string; level: number } | null>(
    (best, entry) => (best === null || entry.level > best.level ? entry : best),
    null,
  );
  // A stable sort keeps ABILITIES order among equal scores.
  const ranked = [...ABILITIES].sort((a, b) => member.abilityScores[b] - member.abilityScores[a]);
  return {
    characterId: member.characterId,
    name: member.name,
    level: member.level,
    primaryClassId: primary?.classId ?? null,
    strongestAbilities: [ranked[0], ranked[1]] as const satisfies readonly [Ability, Ability],
    keySkills: member.skillProficiencies.slice(0, 3),
  };
}

/** The party in a stable order (by character id), so the input order never changes a nemesis. */
export function analyzeParty(party: readonly PartyMemberProfile[]): MemberAnalysis[] {
  return [...party].sort((a, b) => (a.characterId < b.characterId ? -1 : 1)).map(analyzeMember);
}
