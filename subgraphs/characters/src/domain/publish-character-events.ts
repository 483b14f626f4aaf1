import type { PubSub } from '@grimoire/platform';

/**
 * The live topic campaigns turns into `partyChanged` pushes. The payload is the contract:
 * `{ characterId }`, nothing more, so consumers always reload what they show. Best-effort is
 * enough here (a missed push loses no data); deletions, which change campaigns' data, travel on
 * the durable bus instead (`character-bus-events.ts`).
 */
export const CHARACTER_CHANGED_TOPIC = 'character.changed';

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

/** Call only after the delete is committed: tells `characterChanged` subscribers it is gone. */
export function publishCharacterDeleted(pubsub: PubSub, characterId: string): void {
  pubsub.publish(characterChangedTopic(characterId), {
    characterId,
    version: 0,
    deleted: true,
  } satisfies CharacterChangedEvent);
}
