import { enumOf } from '@grimoire/graphql-types';
import {
  DECEPTION_LAYERS,
  DECEPTION_STATES,
  type DeceptionLayer as DeceptionLayerValue,
  type DeceptionState as DeceptionStateValue,
  IDENTITY_RELATIONS,
  type IdentityRelation,
  NEMESIS_GENERATORS,
  type NemesisGenerator as NemesisGeneratorValue,
} from '@grimoire/rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

import type { NemesisDeceptionRow, NemesisIdentityRow, NemesisRevelationRow } from '../../db/tables/index.js';
import type { NemesisView } from '../../domain/antitheticon/nemesis-view.js';
import { Character } from '../character/character.type.js';
import { UserReference } from '../user/user.type.js';

export const NemesisGenerator = enumOf(NEMESIS_GENERATORS);
registerEnumType(NemesisGenerator, {
  name: 'NemesisGenerator',
  description: 'How a nemesis was made. OFFLINE_PROCEDURAL: from the party and a seed, no model, deterministic.',
});
export const NemesisIdentityRelation = enumOf(IDENTITY_RELATIONS);
registerEnumType(NemesisIdentityRelation, {
  name: 'NemesisIdentityRelation',
  description: 'An edge of the identity network.',
});
export const DeceptionLayer = enumOf(DECEPTION_LAYERS);
registerEnumType(DeceptionLayer, { name: 'DeceptionLayer', description: 'What a deception lies about.' });
export const DeceptionState = enumOf(DECEPTION_STATES);
registerEnumType(DeceptionState, {
  name: 'DeceptionState',
  description: 'ACTIVE (at most 5 at once) → EXPOSED or ABANDONED, which are final.',
});

@ObjectType('NemesisIdentity', { description: 'A false identity of the nemesis: a node of its identity network.' })
export class NemesisIdentity {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '`identity-1`, … in generation order; identity-1 is the weak helper.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'What the party takes it for.' })
  guise!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'Uncovered by a revelation; players see only exposed identities.' })
  exposed!: boolean;
}

@ObjectType('NemesisIdentityLink', { description: 'An identity tied to another identity or to a party member.' })
export class NemesisIdentityLink {
  @Field(() => NemesisIdentity)
  from!: NemesisIdentity;

  @Field(() => NemesisIdentityRelation)
  relation!: IdentityRelation;

  @Field(() => NemesisIdentity, { nullable: true })
  toIdentity!: NemesisIdentity | null;

  @Field(() => Character, { nullable: true })
  toCharacter!: Character | null;
}

@ObjectType('NemesisDeception', { description: 'A lie the nemesis keeps up.' })
export class NemesisDeception {
  @Field(() => ID)
  id!: string;

  @Field(() => NemesisIdentity, { nullable: true, description: 'The identity running it (when visible to you).' })
  identity!: NemesisIdentity | null;

  @Field(() => Character, { nullable: true, description: 'The party member it is aimed at.' })
  targetCharacter!: Character | null;

  @Field(() => DeceptionLayer)
  layer!: DeceptionLayerValue;

  @Field(() => String)
  description!: string;

  @Field(() => DeceptionState)
  state!: DeceptionStateValue;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('NemesisRevelation', { description: 'One stage of the staged revelation.' })
export class NemesisRevelation {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1, 2, …: revealed in this order (revealNext).' })
  stage!: number;

  @Field(() => String, { description: 'What at the table brings it about.' })
  trigger!: string;

  @Field(() => String, { description: 'What the party learns.' })
  revelation!: string;

  @Field(() => NemesisIdentity, { nullable: true, description: 'The identity it exposes.' })
  exposesIdentity!: NemesisIdentity | null;

  @Field(() => Date, { nullable: true, description: 'Null until revealed.' })
  revealedAt!: Date | null;
}

@ObjectType('NemesisLieutenant', { description: 'The nemesis’s agent who embodies one mirror.' })
export class NemesisLieutenant {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('NemesisMirror', { description: 'How the nemesis answers one party member’s strength.' })
export class NemesisMirror {
  @Field(() => Character)
  character!: Character;

  @Field(() => String, { description: 'The strength mirrored, e.g. "Strength (fighter)".' })
  strength!: string;

  @Field(() => String)
  counterTrait!: string;

  @Field(() => NemesisLieutenant)
  lieutenant!: NemesisLieutenant;
}

@ObjectType('PartyMemberAnalysis', { description: 'What the nemesis saw in one member when it was generated.' })
export class PartyMemberAnalysis {
  @Field(() => Character)
  character!: Character;

  @Field(() => Int)
  level!: number;

  @Field(() => ID, { nullable: true, description: 'The class with the most levels.' })
  primaryClassId!: string | null;

  @Field(() => [String], { description: 'The two highest abilities (`str`, `dex`, …), highest first.' })
  strongestAbilities!: string[];

  @Field(() => [ID], { description: 'Up to three proficient skills.' })
  keySkills!: string[];
}

@ObjectType('NemesisSecrets', { description: 'What only the game masters see of a nemesis.' })
export class NemesisSecrets {
  @Field(() => Int, { description: 'The seed it was generated from: the same party and seed give the same nemesis.' })
  seed!: number;

  @Field(() => String)
  motive!: string;

  @Field(() => [NemesisMirror], { description: 'One mirror per party member.' })
  mirrors!: NemesisMirror[];

  @Field(() => [PartyMemberAnalysis])
  analysis!: PartyMemberAnalysis[];
}

@ObjectType('Nemesis', {
  description:
    'The Antitheticon of an ANTITHETICON campaign: the party’s dark mirror. Game masters see all of it; players see what has been revealed.',
})
export class Nemesis {
  @Field(() => String, {
    nullable: true,
    description: 'Its true name: players and viewers see null until the final revelation stage unmasks it.',
  })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Its true title: null for players until unmasked.' })
  title!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'About one level above the party average: null for players until unmasked.',
  })
  level!: number | null;

  @Field(() => NemesisGenerator)
  generator!: NemesisGeneratorValue;

  @Field(() => UserReference)
  generatedBy!: UserReference;

  @Field(() => Date)
  generatedAt!: Date;

  @Field(() => NemesisSecrets, { nullable: true, description: 'Game masters only (null for players and viewers).' })
  secrets!: NemesisSecrets | null;

  @Field(() => [NemesisIdentity], { description: 'Players see exposed identities only.' })
  identities!: NemesisIdentity[];

  @Field(() => [NemesisIdentityLink], { description: 'The identity network (players: between what they can see).' })
  identityLinks!: NemesisIdentityLink[];

  @Field(() => [NemesisDeception], { description: 'Players see exposed deceptions only.' })
  deceptions!: NemesisDeception[];

  @Field(() => [NemesisRevelation], { description: 'In stage order; players see revealed stages only.' })
  revelations!: NemesisRevelation[];
}

@InputType('NemesisDeceptionInput', { description: 'A new deception; it starts ACTIVE.' })
export class NemesisDeceptionInput {
  @Field(() => ID, { nullable: true, description: 'The nemesis identity running it.' })
  identityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The party member it targets.' })
  targetCharacterId?: string | null;

  @Field(() => DeceptionLayer)
  layer!: DeceptionLayerValue;

  @Field(() => String, { description: '1-2000 characters.' })
  description!: string;
}

export function identityFromRow(row: NemesisIdentityRow): NemesisIdentity {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    guise: row.guise,
    description: row.description,
    exposed: row.exposed,
  };
}

const characterOrNull = (id: string | null): Character | null => (id === null ? null : { id });

/** Maps rows to the API; identities not in `visible` (hidden from this viewer) come out as null. */
export function deceptionFromRow(
  row: NemesisDeceptionRow,
  visible: ReadonlyMap<string, NemesisIdentity>,
): NemesisDeception {
  return {
    id: row.id,
    identity: row.identityId === null ? null : (visible.get(row.identityId) ?? null),
    targetCharacter: characterOrNull(row.targetCharacterId),
    layer: row.layer,
    description: row.description,
    state: row.state,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function revelationFromRow(
  row: NemesisRevelationRow,
  visible: ReadonlyMap<string, NemesisIdentity>,
): NemesisRevelation {
  return {
    id: row.id,
    stage: row.stage,
    trigger: row.trigger,
    revelation: row.revelation,
    exposesIdentity: row.exposesIdentityId === null ? null : (visible.get(row.exposesIdentityId) ?? null),
    revealedAt: row.revealedAt,
  };
}

export function nemesisFromView(view: NemesisView): Nemesis {
  const identities = view.identities.map(identityFromRow);
  const visible = new Map(identities.map((identity) => [identity.id, identity]));
  const { nemesis, secrets } = view;
  return {
    name: view.unmasked?.name ?? null,
    title: view.unmasked?.title ?? null,
    level: view.unmasked?.level ?? null,
    generator: nemesis.generator,
    generatedBy: { id: nemesis.generatedBy },
    generatedAt: nemesis.generatedAt,
    secrets: secrets && {
      seed: secrets.seed,
      motive: secrets.motive,
      mirrors: secrets.mirrors.map((mirror) => ({
        character: { id: mirror.characterId },
        strength: mirror.strength,
        counterTrait: mirror.counterTrait,
        lieutenant: mirror.lieutenant,
      })),
      analysis: secrets.analysis.map((member) => ({
        character: { id: member.characterId },
        level: member.level,
        primaryClassId: member.primaryClassId,
        strongestAbilities: [...member.strongestAbilities],
        keySkills: [...member.keySkills],
      })),
    },
    identities,
    identityLinks: view.links.flatMap((link) => {
      const from = visible.get(link.fromIdentityId);
      if (!from) return [];
      return [
        {
          from,
          relation: link.relation,
          toIdentity: link.toIdentityId === null ? null : (visible.get(link.toIdentityId) ?? null),
          toCharacter: characterOrNull(link.toCharacterId),
        },
      ];
    }),
    deceptions: view.deceptions.map((row) => deceptionFromRow(row, visible)),
    revelations: view.revelations.map((row) => revelationFromRow(row, visible)),
  };
}
