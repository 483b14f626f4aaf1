import type { Ability } from '../model/basics.js';

/**
 * The Antitheticon: a nemesis built as the party's dark mirror, hiding behind false identities,
 * running deceptions and exposed in stages. Everything here is pure data; the campaigns subgraph
 * stores it and decides who may see what.
 */

/** What the generator needs to know about one party member (read from the characters subgraph). */
export interface PartyMemberProfile {
  characterId: string;
  name: string;
  level: number;
  classes: readonly { classId: string; level: number }[];
  /** Final scores, after background, feats and items. */
  abilityScores: Readonly<Record<Ability, number>>;
  skillProficiencies: readonly string[];
}

/** The party analysis of one member: what the nemesis mirrors. */
export interface MemberAnalysis {
  characterId: string;
  name: string;
  level: number;
  /** The class with the most levels (ties: the first listed); null for a character without one. */
  primaryClassId: string | null;
  /** The two highest abilities, highest first (ties in STR, DEX, CON, INT, WIS, CHA order). */
  strongestAbilities: readonly [Ability, Ability];
  /** Up to three proficient skills, in the character's order. */
  keySkills: readonly string[];
}

/** The nemesis's answer to one member's strength: a counter-trait and the lieutenant who embodies it. */
export interface NemesisMirror {
  characterId: string;
  /** The strength mirrored, in words ("Strength (fighter)"). */
  strength: string;
  counterTrait: string;
  lieutenant: { name: string; description: string };
}

export const IDENTITY_RELATIONS = [
  'ALIAS_OF',
  'PATRON_OF',
  'INFORMANT_FOR',
  'BEFRIENDS',
  'RIVAL_OF',
  'SHADOWS',
] as const;
export type IdentityRelation = (typeof IDENTITY_RELATIONS)[number];

/** A false identity of the nemesis; `key` is stable within one generation (`identity-1`, …). */
export interface NemesisIdentity {
  key: string;
  name: string;
  /** What the party takes the identity for ("a kindly archivist"). */
  guise: string;
  description: string;
}

/** An edge of the identity network: from an identity to another identity or to a party member. */
export type IdentityLink = { from: string; relation: IdentityRelation } & (
  { toIdentity: string; toCharacterId?: undefined } | { toCharacterId: string; toIdentity?: undefined }
);

export const DECEPTION_LAYERS = ['IDENTITY', 'OPERATION', 'MOTIVE', 'CAPABILITY', 'PRESENCE'] as const;
export type DeceptionLayer = (typeof DECEPTION_LAYERS)[number];

export const DECEPTION_STATES = ['ACTIVE', 'EXPOSED', 'ABANDONED'] as const;
export type DeceptionState = (typeof DECEPTION_STATES)[number];

/** At most this many deceptions run at once (requirements CH-24). */
export const MAX_ACTIVE_DECEPTIONS = 5;

export interface NemesisDeception {
  /** The identity running it. */
  identityKey: string;
  targetCharacterId: string | null;
  layer: DeceptionLayer;
  description: string;
}

/** One stage of the staged revelation, in order; revealing it may expose an identity. */
export interface RevelationStage {
  stage: number;
  /** What at the table brings it about ("The party searches the archive after dark"). */
  trigger: string;
  /** What the party learns. */
  revelation: string;
  exposesIdentityKey: string | null;
}

export const NEMESIS_GENERATORS = ['OFFLINE_PROCEDURAL'] as const;
export type NemesisGenerator = (typeof NEMESIS_GENERATORS)[number];

export interface GeneratedNemesis {
  generator: NemesisGenerator;
  seed: number;
  name: string;
  title: string;
  /** About one level above the party average (at most 20). */
  level: number;
  motive: string;
  analysis: readonly MemberAnalysis[];
  mirrors: readonly NemesisMirror[];
  identities: readonly NemesisIdentity[];
  links: readonly IdentityLink[];
  /** The opening deceptions, all ACTIVE (never more than MAX_ACTIVE_DECEPTIONS). */
  deceptions: readonly NemesisDeception[];
  revelations: readonly RevelationStage[];
}
