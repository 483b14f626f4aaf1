import type { PubSub } from '@grimoire/platform';

/**
 * Topics other subgraphs consume (campaigns refreshes parties on them). The payload is the
 * contract: `{ characterId }`, nothing more, so consumers always reload what they show.
 */
export const CHARACTER_CHANGED_TOPIC = 'character.changed';
export const CHARACTER_DELETED_TOPIC = 'character.deleted';

export interface CharacterEvent {
  characterId: string;
}

/** The `characterChanged(id)` subscription's topic: one per character, so no subscriber filters others' events. */
export function characterChangedTopic(characterId: string): string {
  return `characters.changed.${characterId}`;
}

export interface CharacterChangedEvent {
  characterId: string;
  version: number;
  deleted?: boolean;
}

/** Call only after the change is committed, so a consumer that reloads sees it. */
export function publishCharacterChanged(pubsub: PubSub, characterId: string, version: number): void {
  pubsub.publish(CHARACTER_CHANGED_TOPIC, { characterId } satisfies CharacterEvent);
  pubsub.publish(characterChangedTopic(characterId), { characterId, version } satisfies CharacterChangedEvent);
}

/** Call only after the delete is committed. */
export function publishCharacterDeleted(pubsub: PubSub, characterId: string): void {
  pubsub.publish(CHARACTER_DELETED_TOPIC, { characterId } satisfies CharacterEvent);
  pubsub.publish(characterChangedTopic(characterId), {
    characterId,
    version: 0,
    deleted: true,
  } satisfies CharacterChangedEvent);
}
