import { createEntityClient, type Identity } from '@grimoire/platform';
import { ABILITIES, type Ability, type PartyMemberProfile, type ThemeId } from '@grimoire/rules';

import type { CharacterDirectory, CharacterFacts } from '../domain/character-directory.js';

interface CharacterFactsEntity {
  id: string;
  owner: { id: string };
  theme: ThemeId;
}

interface CharacterProfileEntity {
  id: string;
  name: string;
  level: number;
  classes: { class: { id: string }; level: number }[];
  abilityScores: Record<Ability, { score: number }>;
  skillProficiencies: string[];
}

const PROFILE_SELECTION =
  '... on Character { id name level classes { class { id } level } skillProficiencies ' +
  `abilityScores { ${ABILITIES.map((ability) => `${ability} { score }`).join(' ')} } }`;

/** Asks the characters subgraph directly (`_entities`), signing the acting viewer's identity. */
export function createCharactersClient(options: { url: string; internalSecret: string }): CharacterDirectory {
  const client = createEntityClient(options);
  return {
    async charactersOf(
      characterIds: readonly string[],
      viewer: Identity,
      requestId?: string,
    ): Promise<Map<string, CharacterFacts>> {
      const unique = [...new Set(characterIds)];
      const entities = await client.fetchEntities<CharacterFactsEntity>(
        unique.map((id) => ({ __typename: 'Character', id })),
        '... on Character { id owner { id } theme }',
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      const facts = new Map<string, CharacterFacts>();
      for (const entity of entities)
        if (entity) facts.set(entity.id, { ownerId: entity.owner.id, theme: entity.theme });
      return facts;
    },
    async profilesOf(
      characterIds: readonly string[],
      viewer: Identity,
      requestId?: string,
    ): Promise<PartyMemberProfile[]> {
      const entities = await client.fetchEntities<CharacterProfileEntity>(
        [...new Set(characterIds)].map((id) => ({ __typename: 'Character', id })),
        PROFILE_SELECTION,
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      return entities.flatMap((entity) =>
        entity
          ? [
              {
                characterId: entity.id,
                name: entity.name,
                level: entity.level,
                classes: entity.classes.map((entry) => ({ classId: entry.class.id, level: entry.level })),
                abilityScores: Object.fromEntries(
                  ABILITIES.map((ability) => [ability, entity.abilityScores[ability].score]),
                ) as Record<Ability, number>,
                skillProficiencies: entity.skillProficiencies,
              },
            ]
          : [],
      );
    },
  };
}
