import { requireIdentity } from '@grimoire/platform';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';

import type { CampaignsContext } from '../../context.js';
import { canSeeNemesisSecrets } from '../../domain/authorize-campaign-action.js';
import { generateCampaignNemesis } from '../../domain/antitheticon/generate-campaign-nemesis.js';
import { addNemesisDeception, changeNemesisDeceptionState } from '../../domain/antitheticon/manage-deceptions.js';
import { viewNemesis } from '../../domain/antitheticon/nemesis-view.js';
import { revealNextStage } from '../../domain/antitheticon/reveal-next-stage.js';
import { Campaign } from '../campaign/campaign.type.js';
import {
  deceptionFromRow,
  DeceptionState,
  identityFromRow,
  Nemesis,
  NemesisDeception,
  NemesisDeceptionInput,
  nemesisFromView,
  NemesisRevelation,
  revelationFromRow,
} from './nemesis.type.js';

@Resolver(() => Campaign)
export class AntitheticonResolver {
  @FieldResolver(() => Nemesis, {
    nullable: true,
    description:
      'ANTITHETICON campaigns: the nemesis, once generated (generateNemesis). Players see what has been revealed.',
  })
  async nemesis(@Root() campaign: Campaign, @Ctx() ctx: CampaignsContext): Promise<Nemesis | null> {
    return this.nemesisFor(campaign.id, campaign.gameMaster.id, ctx);
  }

  @Mutation(() => Nemesis, {
    description:
      'Game master or co-game master of an ANTITHETICON campaign: builds (or rebuilds) its nemesis from the party and a seed, offline and deterministically.',
  })
  async generateNemesis(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('seed', () => Int, { description: 'The same party and seed give the same nemesis.' }) seed: number,
    @Ctx() ctx: CampaignsContext,
  ): Promise<Nemesis> {
    const viewer = requireIdentity(ctx.viewer);
    const campaign = await generateCampaignNemesis(ctx, viewer, campaignId, seed, ctx.requestId);
    ctx.loaders.nemesisByCampaignId.clear(campaign.id);
    const nemesis = await this.nemesisFor(campaign.id, campaign.gameMasterId, ctx);
    if (!nemesis) throw new Error(`the nemesis of campaign ${campaign.id} vanished after generation`);
    return nemesis;
  }

  @Mutation(() => NemesisDeception, {
    description: 'Game master or co-game master: starts a deception (ACTIVE). At most 5 are active at once (CONFLICT).',
  })
  async addNemesisDeception(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('input', () => NemesisDeceptionInput) input: NemesisDeceptionInput,
    @Ctx() ctx: CampaignsContext,
  ): Promise<NemesisDeception> {
    const viewer = requireIdentity(ctx.viewer);
    return deceptionFromRow(await addNemesisDeception(ctx, viewer, campaignId, input), new Map());
  }

  @Mutation(() => NemesisDeception, {
    description: 'Game master or co-game master: an ACTIVE deception becomes EXPOSED or ABANDONED.',
  })
  async setNemesisDeceptionState(
    @Arg('id', () => ID) id: string,
    @Arg('state', () => DeceptionState) state: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<NemesisDeception> {
    const viewer = requireIdentity(ctx.viewer);
    return deceptionFromRow(await changeNemesisDeceptionState(ctx, viewer, id, state), new Map());
  }

  @Mutation(() => NemesisRevelation, {
    description:
      'Game master or co-game master: reveals the next stage of the nemesis’s staged revelation (its identity and that identity’s deceptions become exposed).',
  })
  async revealNext(
    @Arg('campaignId', () => ID) campaignId: string,
    @Ctx() ctx: CampaignsContext,
  ): Promise<NemesisRevelation> {
    const viewer = requireIdentity(ctx.viewer);
    const revealed = await revealNextStage(ctx, viewer, campaignId);
    ctx.loaders.nemesisByCampaignId.clear(revealed.campaignId);
    const record = await ctx.loaders.nemesisByCampaignId.load(revealed.campaignId);
    // The game masters see every identity, so the one it exposes is named.
    const identities = new Map((record?.identities ?? []).map((row) => [row.id, identityFromRow(row)]));
    return revelationFromRow(revealed, identities);
  }

  private async nemesisFor(campaignId: string, gameMasterId: string, ctx: CampaignsContext): Promise<Nemesis | null> {
    const viewerId = ctx.viewer?.userId;
    if (!viewerId) return null;
    const [record, members] = await Promise.all([
      ctx.loaders.nemesisByCampaignId.load(campaignId),
      ctx.loaders.membersByCampaignId.load(campaignId),
    ]);
    if (!record) return null;
    const viewerRole = members.find((member) => member.userId === viewerId)?.role ?? null;
    if (viewerRole === null && viewerId !== gameMasterId) return null;
    return nemesisFromView(viewNemesis(record, canSeeNemesisSecrets({ viewerId, gameMasterId, viewerRole })));
  }
}
