import type { PubSub } from '@grimoire/platform';

/** One topic per campaign, so a subscriber only ever hears about its own campaign. */
export function partyChangedTopic(campaignId: string): string {
  return `campaign.party-changed.${campaignId}`;
}

export interface PartyChangedEvent {
  campaignId: string;
}

/** Call only after the change is committed: subscribers reload the campaign. */
export function publishPartyChanged(pubsub: PubSub, campaignId: string): void {
  pubsub.publish(partyChangedTopic(campaignId), { campaignId } satisfies PartyChangedEvent);
}
