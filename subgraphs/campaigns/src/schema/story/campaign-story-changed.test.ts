import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { people, startStoryKit, type StoryKit } from './story-test-kit.js';

const who = people();

const STORY_CHANGED = `subscription($c: ID!) { campaignStoryChanged(campaignId: $c) {
  entity action entityId
  campaign { id npcs { name relationships { id hidden } } relationshipGraph { edges { id hidden } } }
} }`;
const CREATE_NPC = 'mutation($c: ID!, $n: String!) { createNpc(campaignId: $c, input: { name: $n }) { id } }';
const RELATE =
  'mutation($c: ID!, $a: ID!, $b: ID!, $h: Boolean) { createNpcRelationship(campaignId: $c, input: { npcId: $a, targetNpcId: $b, kind: FAMILY, hidden: $h }) { id } }';

describe('campaignStoryChanged subscription', () => {
  let kit: StoryKit;

  beforeAll(async () => {
    kit = await startStoryKit('campaigns_story_changed');
  });
  afterAll(async () => {
    await kit?.stop();
  });

  it('delivers story changes to members, resolved per subscriber: a viewer never sees a hidden relationship', async () => {
    const { campaignId } = await kit.table(who);
    const gm = await kit.subscribe(who.gm, STORY_CHANGED, { c: campaignId });
    const viewer = await kit.subscribe(who.viewer, STORY_CHANGED, { c: campaignId });

    const strahd = (await kit.ok(CREATE_NPC, { c: campaignId, n: 'Strahd' }, who.gm)).createNpc.id as string;
    for (const subscription of [gm, viewer]) {
      const event = await subscription.next();
      expect(event.errors).toBeUndefined();
      expect(event.data!.campaignStoryChanged).toMatchObject({ entity: 'NPC', action: 'CREATED', entityId: strahd });
    }
    const ireena = (await kit.ok(CREATE_NPC, { c: campaignId, n: 'Ireena' }, who.coGm)).createNpc.id as string;
    await gm.next();
    await viewer.next();

    // A hidden relationship: the game master hears of it and sees it; the viewer hears nothing.
    const secret = (await kit.ok(RELATE, { c: campaignId, a: strahd, b: ireena, h: true }, who.gm))
      .createNpcRelationship.id;
    const gmEvent = (await gm.next()).data!.campaignStoryChanged;
    expect(gmEvent).toMatchObject({ entity: 'NPC_RELATIONSHIP', entityId: secret });
    expect(gmEvent.campaign.relationshipGraph.edges).toEqual([{ id: secret, hidden: true }]);
    expect(await viewer.quietFor(kit.redis ? 1_000 : 600)).toBe(true);

    // A visible one: both hear of it, and each payload is resolved with the subscriber's own rights.
    const open = (await kit.ok(RELATE, { c: campaignId, a: ireena, b: strahd, h: false }, who.gm)).createNpcRelationship
      .id;
    const viewerEvent = (await viewer.next()).data!.campaignStoryChanged;
    expect(viewerEvent).toMatchObject({ entity: 'NPC_RELATIONSHIP', entityId: open });
    expect(viewerEvent.campaign.relationshipGraph.edges).toEqual([{ id: open, hidden: false }]);
    expect(viewerEvent.campaign.npcs).toEqual([
      { name: 'Strahd', relationships: [{ id: open, hidden: false }] },
      { name: 'Ireena', relationships: [{ id: open, hidden: false }] },
    ]);
    expect(JSON.stringify(viewerEvent)).not.toContain(secret);
    const gmSecondEvent = (await gm.next()).data!.campaignStoryChanged;
    expect(gmSecondEvent.campaign.relationshipGraph.edges).toEqual([
      { id: secret, hidden: true },
      { id: open, hidden: false },
    ]);

    // Making the visible one hidden: the viewer is told (it could see it) but no longer sees it.
    await kit.ok(
      'mutation($id: ID!) { updateNpcRelationship(id: $id, input: { hidden: true }) { id } }',
      { id: open },
      who.gm,
    );
    expect((await viewer.next()).data!.campaignStoryChanged.campaign.relationshipGraph.edges).toEqual([]);
    await gm.next();

    // Deleting a hidden relationship: the game master hears of it; the viewer, again, nothing.
    await kit.ok('mutation($id: ID!) { deleteNpcRelationship(id: $id) }', { id: secret }, who.gm);
    expect((await gm.next()).data!.campaignStoryChanged).toMatchObject({
      entity: 'NPC_RELATIONSHIP',
      action: 'DELETED',
      entityId: secret,
    });
    expect(await viewer.quietFor(kit.redis ? 1_000 : 600)).toBe(true);
    await gm.close();
    await viewer.close();
  });

  it('tells only the game masters of changes to hidden plots, and everyone when one is revealed', async () => {
    const { campaignId } = await kit.table(who);
    const gm = await kit.subscribe(who.gm, STORY_CHANGED, { c: campaignId });
    const viewer = await kit.subscribe(who.viewer, STORY_CHANGED, { c: campaignId });
    const CREATE_PLOT =
      'mutation($c: ID!, $t: String!, $k: PlotKind!, $p: ID) { createPlot(campaignId: $c, input: { title: $t, kind: $k, parentPlotId: $p }) { id } }';

    const scheme = (await kit.ok(CREATE_PLOT, { c: campaignId, t: 'The double', k: 'HIDDEN' }, who.gm)).createPlot.id;
    const step = (await kit.ok(CREATE_PLOT, { c: campaignId, t: 'Forged letters', k: 'SIDE', p: scheme }, who.gm))
      .createPlot.id;
    await kit.ok('mutation($id: ID!) { changePlotState(id: $id, state: ACTIVE) { id } }', { id: step }, who.gm);
    for (const [entityId, action] of [
      [scheme, 'CREATED'],
      [step, 'CREATED'],
      [step, 'UPDATED'],
    ]) {
      expect((await gm.next()).data!.campaignStoryChanged).toMatchObject({ entity: 'PLOT', entityId, action });
    }
    expect(await viewer.quietFor(kit.redis ? 1_000 : 600)).toBe(true);

    // Revealed: the party hears of it.
    await kit.ok('mutation($id: ID!) { updatePlot(id: $id, input: { kind: MAIN }) { id } }', { id: scheme }, who.gm);
    expect((await viewer.next()).data!.campaignStoryChanged).toMatchObject({ entity: 'PLOT', entityId: scheme });
    await gm.next();
    await gm.close();
    await viewer.close();
  });

  it('requires authentication and membership', async () => {
    const { campaignId } = await kit.table(who);
    for (const [identity, code] of [
      [who.stranger, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const subscription = await kit.subscribe(identity, STORY_CHANGED, { c: campaignId });
      const outcome = await subscription.next().then(
        (event) => event.errors?.[0]?.extensions?.code,
        (error: unknown) =>
          Array.isArray(error) ? (error[0] as { extensions?: { code?: string } }).extensions?.code : String(error),
      );
      expect(outcome).toBe(code);
    }
  });
});
