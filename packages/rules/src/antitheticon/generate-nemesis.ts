import { ABILITY_NAMES } from '../model/basics.js';
import { analyzeParty } from './analyze-party.js';
import {
  ABILITY_COUNTERS,
  CLASS_LIEUTENANTS,
  DECEPTION_PLOTS,
  FIRST_NAMES,
  HELPER_GUISES,
  MOTIVES,
  NEMESIS_TITLES,
  OTHER_GUISES,
  REVELATION_TRIGGERS,
  SURNAMES,
  UNKNOWN_CLASS_LIEUTENANT,
} from './mirror-tables.js';
import {
  DECEPTION_LAYERS,
  type GeneratedNemesis,
  IDENTITY_RELATIONS,
  type IdentityLink,
  MAX_ACTIVE_DECEPTIONS,
  type MemberAnalysis,
  type NemesisDeception,
  type NemesisIdentity,
  type NemesisMirror,
  type PartyMemberProfile,
  type RevelationStage,
} from './model.js';
import { type Chooser, seededChooser } from './random.js';

/** Identities in the network: one per member plus the helper disguise, at most 5 (each gets a revelation). */
const MAX_IDENTITIES = 5;
const OPENING_DECEPTIONS = 3;

/**
 * Builds the nemesis offline, procedurally: no model, no network. The same party (in any order)
 * and the same seed give the same nemesis, field for field.
 *
 * - It stands about one level above the party's average level (at most 20).
 * - Each member gets a mirror: a counter to their strongest ability and a lieutenant reflecting
 *   their main class.
 * - The identity network is connected: every identity after the first (the weak helper the party
 *   will trust) is tied to an earlier one, and each is tied to a member it watches.
 * - Three opening deceptions (never more than MAX_ACTIVE_DECEPTIONS), and one revelation stage
 *   per identity, the helper last (the Keyser Söze reveal).
 */
export function generateNemesis(party: readonly PartyMemberProfile[], seed: number): GeneratedNemesis {
  if (party.length === 0) throw new RangeError('A nemesis mirrors a party: the party is empty.');
  const chooser = seededChooser(seed);
  const analysis = analyzeParty(party);
  const averageLevel = analysis.reduce((sum, member) => sum + member.level, 0) / analysis.length;
  const identities = buildIdentities(chooser, Math.min(MAX_IDENTITIES, analysis.length + 1));
  return {
    generator: 'OFFLINE_PROCEDURAL',
    seed,
    name: personName(chooser),
    title: chooser.pick(NEMESIS_TITLES),
    level: Math.min(20, Math.round(averageLevel) + 1),
    motive: chooser.pick(MOTIVES),
    analysis,
    mirrors: analysis.map((member) => mirrorOf(chooser, member)),
    identities,
    links: buildLinks(chooser, identities, analysis),
    deceptions: buildDeceptions(chooser, identities, analysis),
    revelations: buildRevelations(chooser, identities),
  };
}

function personName(chooser: Chooser): string {
  return `${chooser.pick(FIRST_NAMES)} ${chooser.pick(SURNAMES)}`;
}

function mirrorOf(chooser: Chooser, member: MemberAnalysis): NemesisMirror {
  const [strongest] = member.strongestAbilities;
  const lieutenant =
    member.primaryClassId === null
      ? UNKNOWN_CLASS_LIEUTENANT
      : (CLASS_LIEUTENANTS[member.primaryClassId] ?? UNKNOWN_CLASS_LIEUTENANT);
  const skills = member.keySkills.length > 0 ? ` Knows their ${member.keySkills.join(', ')} and plans around it.` : '';
  return {
    characterId: member.characterId,
    strength: `${ABILITY_NAMES[strongest]}${member.primaryClassId ? ` (${member.primaryClassId})` : ''}`,
    counterTrait: ABILITY_COUNTERS[strongest],
    lieutenant: {
      name: personName(chooser),
      description: `The mirror of ${member.name}: ${lieutenant}.${skills}`,
    },
  };
}

function buildIdentities(chooser: Chooser, count: number): NemesisIdentity[] {
  const guises = [chooser.pick(HELPER_GUISES), ...chooser.pickDistinct(OTHER_GUISES, count - 1)];
  return guises.map((guise, index) => ({
    key: `identity-${index + 1}`,
    name: personName(chooser),
    guise,
    description:
      index === 0 ? `Poses as ${guise}, a level below the party, whose help is about 70% true.` : `Poses as ${guise}.`,
  }));
}

function buildLinks(
  chooser: Chooser,
  identities: readonly NemesisIdentity[],
  analysis: readonly MemberAnalysis[],
): IdentityLink[] {
  const links: IdentityLink[] = [];
  identities.forEach((identity, index) => {
    if (index > 0) {
      const earlier = identities[chooser.int(0, index - 1)];
      links.push({
        from: identity.key,
        relation: chooser.pick(['ALIAS_OF', 'PATRON_OF', 'INFORMANT_FOR'] as const),
        toIdentity: earlier.key,
      });
    }
    const watched = analysis[index % analysis.length];
    links.push({
      from: identity.key,
      relation: chooser.pick(IDENTITY_RELATIONS.filter((relation) => relation !== 'ALIAS_OF')),
      toCharacterId: watched.characterId,
    });
  });
  return links;
}

function buildDeceptions(
  chooser: Chooser,
  identities: readonly NemesisIdentity[],
  analysis: readonly MemberAnalysis[],
): NemesisDeception[] {
  const layers = chooser.pickDistinct(DECEPTION_LAYERS, Math.min(OPENING_DECEPTIONS, MAX_ACTIVE_DECEPTIONS));
  return layers.map((layer, index) => {
    const identity = identities[index % identities.length];
    const target = chooser.pick(analysis);
    return {
      identityKey: identity.key,
      targetCharacterId: target.characterId,
      layer,
      description: `${identity.name} ${DECEPTION_PLOTS[layer]}, aimed at ${target.name}.`,
    };
  });
}

function buildRevelations(chooser: Chooser, identities: readonly NemesisIdentity[]): RevelationStage[] {
  // The helper (the first identity) falls last.
  const order = [...identities.slice(1), identities[0]];
  const triggers = chooser.pickDistinct(REVELATION_TRIGGERS, order.length);
  return order.map((identity, index) => ({
    stage: index + 1,
    trigger: triggers[index] ?? REVELATION_TRIGGERS[index % REVELATION_TRIGGERS.length],
    revelation:
      index === order.length - 1
        ? `${identity.name}, ${identity.guise}, was the nemesis all along.`
        : `${identity.name} is not ${identity.guise}: they serve the nemesis.`,
    exposesIdentityKey: identity.key,
  }));
}
