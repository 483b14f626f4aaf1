import { resolve } from 'node:path';

import {
  createEventBusAdminResolver,
  createOutboxReplayResolver,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphOptions,
  type SubgraphSchemaDefinition,
  type SubgraphSpec,
} from '@grimoire/platform';

import { TABLE_EVENT_AGGREGATE } from './domain/table-events/table-event-details.js';
import { THEME_TRANSITION_AGGREGATE } from './domain/themes/theme-transition-event.js';
import { consumeCharacterChanges } from './background/consume-character-events.js';
import { campaignsEvents, sessionLogAndBusTables } from './background/event-bus.js';
import { createCatalogClient } from './clients/catalog-client.js';
import { createCharactersClient } from './clients/characters-client.js';
import type { CampaignsContext } from './context.js';
import type { CampaignsTables } from './db/database.js';
import { createLoaders } from './db/loaders.js';
import {
  campaignHomebrew,
  campaignInvitations,
  campaignMembers,
  campaignRuleProfiles,
  campaigns,
  partyMembers,
  nemeses,
  nemesisDeceptions,
  nemesisIdentities,
  nemesisIdentityLinks,
  nemesisRevelations,
  themeTransitions,
} from './db/tables/index.js';
import { CampaignHomebrewResolver } from './schema/campaign/campaign-homebrew.resolver.js';
import { campaignReference } from './schema/campaign/campaign.reference.js';
import { CampaignResolver } from './schema/campaign/campaign.resolver.js';
import { PartyChangedResolver } from './schema/campaign/party-changed.resolver.js';
import { CampaignInvitationResolver } from './schema/campaign-invitation/campaign-invitation.resolver.js';
import { CampaignInvitationsFieldResolver } from './schema/campaign-invitation/campaign-invitations-field.resolver.js';
import { characterReference } from './schema/character/character.reference.js';
import { CampaignRuleProfileResolver } from './schema/rule-profile/rule-profile.resolver.js';
import { CharacterCampaignsResolver } from './schema/character/character.resolver.js';
import { CampaignSessionNotesResolver, SessionNoteResolver } from './schema/session-note/session-note.resolver.js';
import { CampaignTableEventsResolver, TableEventResolver } from './schema/table-event/table-event.resolver.js';
import { tableEventReference } from './schema/table-event/table-event.reference.js';
import { createSessionLogLoaders } from './db/session-log-loaders.js';
import { ThemeResolver } from './schema/theme/theme.resolver.js';
import { themeTransitionReference } from './schema/theme/theme-transition.reference.js';
import { AntitheticonResolver } from './schema/antitheticon/antitheticon.resolver.js';
import { ChapterResolver } from './schema/chapter/chapter.resolver.js';
import { FactionResolver } from './schema/faction/faction.resolver.js';
import { LocationResolver } from './schema/location/location.resolver.js';
import { NpcRelationshipResolver } from './schema/npc/npc-relationship.resolver.js';
import { NpcResolver } from './schema/npc/npc.resolver.js';
import { PlotResolver } from './schema/plot/plot.resolver.js';
import { StoryArcResolver } from './schema/plot/story-arc.resolver.js';
import { CampaignStoryChangedResolver } from './schema/story/campaign-story-changed.resolver.js';
import { CampaignStoryResolver } from './schema/story/campaign-story.resolver.js';
import { StoryBranchResolver, StoryVersionResolver } from './schema/story-version/story-version.resolver.js';

export type { CampaignsContext } from './context.js';
export { partyChangedTopic } from './domain/publish-party-changed.js';

export const campaignsSchema: SubgraphSchemaDefinition<CampaignsContext> = {
  resolvers: [
    CampaignResolver,
    CampaignHomebrewResolver,
    CampaignInvitationResolver,
    PartyChangedResolver,
    CharacterCampaignsResolver,
    TableEventResolver,
    CampaignTableEventsResolver,
    SessionNoteResolver,
    CampaignSessionNotesResolver,
    // The dead-letter admin API lives here once (root fields are unique across subgraphs): dead
    // letters are in the shared transport. Replays read this subgraph's own outbox.
    createEventBusAdminResolver<CampaignsContext>((ctx) => ({ bus: ctx.events, db: ctx.db })),
    createOutboxReplayResolver<CampaignsContext>({
      field: 'replayCampaignEvents',
      aggregateTypes: [TABLE_EVENT_AGGREGATE, THEME_TRANSITION_AGGREGATE],
      depsOf: (ctx) => ({ bus: ctx.events, db: ctx.db }),
    }),
    CampaignRuleProfileResolver,
    CampaignInvitationsFieldResolver,
    ThemeResolver,
    AntitheticonResolver,
    // The campaign's story: chapters, arcs, plots, NPCs, locations, factions and their versions.
    CampaignStoryResolver,
    CampaignStoryChangedResolver,
    ChapterResolver,
    StoryArcResolver,
    PlotResolver,
    NpcResolver,
    NpcRelationshipResolver,
    LocationResolver,
    FactionResolver,
    StoryVersionResolver,
    StoryBranchResolver,
  ],
  references: {
    Campaign: campaignReference,
    Character: characterReference,
    TableEvent: tableEventReference,
    ThemeTransition: themeTransitionReference,
  },
};

export interface CampaignsSubgraphOptions extends SubgraphOptions {
  /** The characters subgraph's GraphQL URL: campaigns asks it who owns a character. */
  charactersUrl: string;
  /**
   * The catalog subgraph's GraphQL URL: campaigns asks it whether the game master can see a
   * homebrew entry before allowing it. A function is read when first needed (the launcher's
   * start order); without it, allowing homebrew fails loudly.
   */
  catalogUrl?: string | (() => string | undefined) | undefined;
}

export function campaignsSpec(options: CampaignsSubgraphOptions): SubgraphSpec<CampaignsTables, CampaignsContext> {
  const characters = createCharactersClient({ url: options.charactersUrl, internalSecret: options.internalSecret });
  const homebrew = createCatalogClient({
    url: options.catalogUrl ?? (() => undefined),
    internalSecret: options.internalSecret,
  });
  return {
    name: 'campaigns',
    tables: {
      ...sessionLogAndBusTables,
      campaigns,
      campaignMembers,
      partyMembers,
      campaignHomebrew,
      campaignInvitations,
      campaignRuleProfiles,
      themeTransitions,
      nemeses,
      nemesisIdentities,
      nemesisIdentityLinks,
      nemesisDeceptions,
      nemesisRevelations,
    },
    migrationsFolder: resolve(import.meta.dirname, '../migrations'),
    schema: campaignsSchema,
    events: campaignsEvents,
    createContext: (base, deps) => ({
      ...base,
      db: deps.database.db,
      pubsub: deps.pubsub,
      events: deps.events,
      characters,
      homebrew,
      loaders: createLoaders(deps.database.db, base.viewer?.userId ?? null),
      sessionLog: createSessionLogLoaders(deps.database.db),
    }),
    startBackground: async (deps) =>
      consumeCharacterChanges({ db: deps.database.db, pubsub: deps.pubsub, logger: deps.logger }),
  };
}

export function startCampaignsSubgraph(options: CampaignsSubgraphOptions): Promise<RunningSubgraph<CampaignsTables>> {
  return startSubgraph(campaignsSpec(options), options);
}
