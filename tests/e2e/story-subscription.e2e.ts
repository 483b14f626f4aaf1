import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { collectEvents, startTestStack, type TestStack } from '../harness/test-stack.js';

// The hidden-relationship rule end to end: a viewer subscribed through the router never receives
// a hidden NPC relationship, while the game master does; payloads mix campaigns and characters.

const STORY_CHANGED = `subscription($id: ID!) { campaignStoryChanged(campaignId: $id) {
  entity entityId
  campaign { name relationshipGraph { edges { id hidden npc { name } targetCharacter { id name } } } }
} }`;

type StoryEvent = {
  data?: {
    campaignStoryChanged: {
      entity: string;
      entityId: string;
      campaign: { name: string; relationshipGraph: { edges: Record<string, any>[] } };
    };
  } | null;
  errors?: unknown[];
};

/** Every event a subscription delivers, as it arrives. */
function record(client: Client, campaignId: string): { events: StoryEvent[]; stop: () => void } {
  const events: StoryEvent[] = [];
  const stop = client.subscribe(
    { query: STORY_CHANGED, variables: { id: campaignId } },
    { next: (value) => void events.push(value as StoryEvent), error: () => {}, complete: () => {} },
  );
  return { events, stop };
}

async function waitFor(
  condition: () => boolean,
  what: string,
  tick?: (attempt: number) => Promise<unknown>,
): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    if (condition()) return;
    if (tick) await tick(attempt);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('campaignStoryChanged through the router', () => {
  let grimoire: TestStack;
  let gm: Awaited<ReturnType<TestStack['signUp']>>;
  let viewer: Awaited<ReturnType<TestStack['signUp']>>;
  let campaignId: string;
  let characterId: string;

  beforeAll(async () => {
    grimoire = await startTestStack('story_subscription');
    gm = await grimoire.signUp('Morgan');
    viewer = await grimoire.signUp('Vera');
    const campaign = await grimoire.query(
      'mutation { createCampaign(input: { name: "Curse of Strahd" }) { id } }',
      {},
      gm.accessToken,
    );
    campaignId = campaign.data!.createCampaign.id;
    const invited = await grimoire.query(
      'mutation($c: ID!, $u: ID!) { inviteToCampaign(campaignId: $c, userId: $u, role: VIEWER) { id } }',
      { c: campaignId, u: viewer.userId },
      gm.accessToken,
    );
    expect(invited.errors).toBeUndefined();
    const accepted = await grimoire.query(
      'mutation($id: ID!) { acceptCampaignInvitation(id: $id) { id } }',
      { id: invited.data!.inviteToCampaign.id },
      viewer.accessToken,
    );
    expect(accepted.errors).toBeUndefined();
    const character = await grimoire.query(
      'mutation { createCharacter(input: { name: "Ezmerelda" }) { id } }',
      {},
      gm.accessToken,
    );
    characterId = character.data!.createCharacter.id;
    const added = await grimoire.query(
      'mutation($c: ID!, $ch: ID!) { addPartyMember(campaignId: $c, characterId: $ch) { id } }',
      { c: campaignId, ch: characterId },
      gm.accessToken,
    );
    expect(added.errors).toBeUndefined();
  });
  afterAll(async () => {
    await grimoire?.stop();
  });

  it('shows the game master a hidden relationship and never the viewer', async () => {
    const asGm = record(grimoire.wsClient(gm.accessToken), campaignId);
    const asViewer = record(grimoire.wsClient(viewer.accessToken), campaignId);
    const createNpc = async (name: string) =>
      (
        await grimoire.query(
          'mutation($c: ID!, $n: String!) { createNpc(campaignId: $c, input: { name: $n }) { id } }',
          { c: campaignId, n: name },
          gm.accessToken,
        )
      ).data!.createNpc.id as string;
    // Subscriptions are not acknowledged: change the story until both are listening.
    const npcs: string[] = [];
    await waitFor(
      () => asGm.events.length > 0 && asViewer.events.length > 0,
      'both subscriptions to start',
      async (attempt) => npcs.push(await createNpc(`Warm-up ${attempt}`)),
    );
    const relate = async (hidden: boolean, kind: string) => {
      const body = await grimoire.query(
        'mutation($c: ID!, $n: ID!, $ch: ID!, $h: Boolean, $k: NpcRelationshipKind!) { createNpcRelationship(campaignId: $c, input: { npcId: $n, targetCharacterId: $ch, kind: $k, hidden: $h }) { id } }',
        { c: campaignId, n: npcs[0], ch: characterId, h: hidden, k: kind },
        gm.accessToken,
      );
      expect(body.errors).toBeUndefined();
      return body.data!.createNpcRelationship.id as string;
    };
    const relationshipEvents = (events: StoryEvent[]) =>
      events.filter((event) => event.data?.campaignStoryChanged.entity === 'NPC_RELATIONSHIP');
    const secret = await relate(true, 'PATRON');
    // Each event's campaign is resolved when it is delivered: wait for the first before the next
    // change, or its payload could already show the second relationship.
    await waitFor(() => relationshipEvents(asGm.events).length === 1, 'the hidden relationship event');
    const open = await relate(false, 'RIVAL');
    await waitFor(
      () => relationshipEvents(asGm.events).length === 2 && relationshipEvents(asViewer.events).length === 1,
      'relationship events',
    );
    // A moment more, so a wrongly delivered hidden event would have arrived too.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const [gmHidden, gmOpen] = relationshipEvents(asGm.events).map((event) => event.data!.campaignStoryChanged);
    expect(gmHidden!.entityId).toBe(secret);
    expect(gmHidden!.campaign.relationshipGraph.edges).toEqual([
      { id: secret, hidden: true, npc: { name: 'Warm-up 0' }, targetCharacter: { id: characterId, name: 'Ezmerelda' } },
    ]);
    expect(gmOpen!.campaign.relationshipGraph.edges.map((edge) => edge.id)).toEqual([secret, open]);

    const viewerEvents = relationshipEvents(asViewer.events);
    expect(viewerEvents).toHaveLength(1);
    const seen = viewerEvents[0]!.data!.campaignStoryChanged;
    expect(seen).toMatchObject({ entityId: open, campaign: { name: 'Curse of Strahd' } });
    expect(seen.campaign.relationshipGraph.edges).toEqual([
      { id: open, hidden: false, npc: { name: 'Warm-up 0' }, targetCharacter: { id: characterId, name: 'Ezmerelda' } },
    ]);
    expect(JSON.stringify(asViewer.events)).not.toContain(secret);
    asGm.stop();
    asViewer.stop();
  });

  it('refuses strangers and anonymous subscribers', async () => {
    const stranger = await grimoire.signUp('Eve');
    const { events } = collectEvents(grimoire.wsClient(stranger.accessToken), STORY_CHANGED, { id: campaignId }, 1);
    const outcome = await events.then(
      (received) => received[0]?.errors?.[0]?.extensions?.code,
      (error: unknown) => JSON.stringify(error),
    );
    expect(outcome).toMatch(/FORBIDDEN/);
    const anonymous = collectEvents(grimoire.wsClient(), STORY_CHANGED, { id: campaignId }, 1);
    const anonymousOutcome = await anonymous.events.then(
      (received) => received[0]?.errors?.[0]?.extensions?.code,
      (error: unknown) => JSON.stringify(error),
    );
    expect(anonymousOutcome).toMatch(/UNAUTHENTICATED/);
  });
});
