import { createEntityClient, type Identity } from '@grimoire/platform';

import type { CharacterDirectory } from '../domain/character-directory.js';

interface CharacterOwnerEntity {
  id: string;
  owner: { id: string };
}

/** Asks the characters subgraph directly (`_entities`), signing the acting viewer's identity. */
export function createCharactersClient(options: { url: string; internalSecret: string }): CharacterDirectory {
  const client = createEntityClient(options);
  return {
    async ownersOf(
      characterIds: readonly string[],
      viewer: Identity,
      requestId?: string,
    ): Promise<Map<string, string>> {
      const unique = [...new Set(characterIds)];
      const entities = await client.fetchEntities<CharacterOwnerEntity>(
        unique.map((id) => ({ __typename: 'Character', id })),
        '... on Character { id owner { id } }',
        { identity: viewer, ...(requestId ? { requestId } : {}) },
      );
      const owners = new Map<string, string>();
      for (const entity of entities) if (entity) owners.set(entity.id, entity.owner.id);
      return owners;
    },
  };
}
