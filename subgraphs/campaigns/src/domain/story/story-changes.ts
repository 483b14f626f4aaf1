import type { PubSub } from '@grimoire/platform';

import type { CampaignsDb } from '../../db/database.js';
import { findMemberRole } from '../../db/queries/members.js';
import { assertCanViewCampaign, canSeeHiddenStory } from '../authorize-campaign-action.js';
import { loadCampaignAccess } from '../load-campaign-access.js';

export type StoryEntityKind =
  'CHAPTER' | 'STORY_ARC' | 'PLOT' | 'NPC' | 'NPC_RELATIONSHIP' | 'LOCATION' | 'FACTION' | 'STORY_VERSION';
export type StoryChangeAction = 'CREATED' | 'UPDATED' | 'DELETED' | 'RESTORED';

/** What changed in a campaign's story: published after the change is committed. */
export interface StoryChangedEvent {
  campaignId: string;
  entity: StoryEntityKind;
  /** The changed entity (for STORY_VERSION: the new commit's hash). */
  entityId: string;
  action: StoryChangeAction;
  /** Only a hidden NPC relationship changed: players and viewers are not even told that. */
  hidden: boolean;
}

export type StoryChange = Omit<StoryChangedEvent, 'campaignId'>;

export function storyChangedTopic(campaignId: string): string {
  return `campaign.story-changed.${campaignId}`;
}

export function publishStoryChanged(pubsub: PubSub, event: StoryChangedEvent): void {
  pubsub.publish(storyChangedTopic(event.campaignId), event);
}

/**
 * Members only (checked at the start; the resolver re-checks membership per event). Events about
 * hidden relationships reach only the game masters, looked up per event so a demoted co-GM stops
 * getting them; what each subscriber then reads is resolved with their own identity.
 */
export async function subscribeToStoryChanges(
  deps: { db: CampaignsDb; pubsub: PubSub },
  viewerId: string,
  rawCampaignId: string,
): Promise<AsyncIterableIterator<unknown>> {
  const { campaign, access } = await loadCampaignAccess(deps.db, viewerId, rawCampaignId, 'campaignId');
  assertCanViewCampaign(access);
  const source = deps.pubsub.subscribe(storyChangedTopic(campaign.id));
  return filterIterator(source, async (event) => {
    if (!(event as StoryChangedEvent).hidden) return true;
    return canSeeHiddenStory(await findMemberRole(deps.db, campaign.id, viewerId));
  });
}

/** Skips items `keep` rejects; `return` goes straight to the source, so unsubscribing never waits for an event. */
function filterIterator<TItem>(
  source: AsyncIterableIterator<TItem>,
  keep: (item: TItem) => Promise<boolean>,
): AsyncIterableIterator<TItem> {
  const iterator: AsyncIterableIterator<TItem> = {
    async next() {
      for (;;) {
        const result = await source.next();
        if (result.done || (await keep(result.value))) return result;
      }
    },
    return: (value?: unknown) =>
      source.return ? source.return(value) : Promise.resolve({ done: true as const, value: undefined }),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
