import { isUuid } from '@grimoire/platform';
import DataLoader from 'dataloader';

import type { CampaignsDb } from './database.js';
import { findCampaignsByIds, listCampaignsOfCharactersVisibleTo } from './queries/campaigns.js';
import { listAllowedHomebrewOfCampaignsForMember } from './queries/homebrew.js';
import { listMembersOfCampaigns } from './queries/members.js';
import { listPartiesOfCampaigns } from './queries/party.js';
import { listRuleProfilesOfCampaignsForMember } from './queries/rule-profiles.js';
import { listInvitationsOfCampaigns } from './queries/invitations.js';
import { createThemeLoaders, type ThemeLoaders } from './theme-loaders.js';
import { type AntitheticonLoaders, createAntitheticonLoaders } from './antitheticon-loaders.js';
import type {
  CampaignInvitationRow,
  CampaignMemberRow,
  CampaignRow,
  CampaignRuleProfileRow,
  InvitationStatus,
} from './tables/index.js';

/** What the request knows of one campaign's rule profile: null when the viewer is not a member. */
export type MemberRuleProfile = { profile: CampaignRuleProfileRow | null } | null;

export interface InvitationsKey {
  campaignId: string;
  status: InvitationStatus | null;
}

export interface CampaignsLoaders extends ThemeLoaders, AntitheticonLoaders {
  campaignById: DataLoader<string, CampaignRow | null>;
  /** Character ids in each campaign's party. */
  partyByCampaignId: DataLoader<string, string[]>;
  membersByCampaignId: DataLoader<string, CampaignMemberRow[]>;
  /** Campaigns of each character that the request's viewer is a member of. */
  visibleCampaignsByCharacterId: DataLoader<string, CampaignRow[]>;
  /** Homebrew ids allowed in each campaign; null when the viewer is not a member of it. */
  allowedHomebrewByCampaignId: DataLoader<string, string[] | null>;
  /** Each campaign's rule profile (null inside when it has none); null when the viewer is not a member. */
  ruleProfileByCampaignId: DataLoader<string, MemberRuleProfile>;
  /** A campaign's invitations of one status (every status when null), oldest first; one statement per batch. */
  invitationsByCampaign: DataLoader<InvitationsKey, CampaignInvitationRow[], string>;
  /** Forgets everything loaded so far (a subscription reuses one context for every event). */
  clearAll(): void;
}

/** Fresh per request: one SQL statement per batch, whatever the list sizes. */
export function createLoaders(db: CampaignsDb, viewerId: string | null): CampaignsLoaders {
  const loaders = {
    ...createThemeLoaders(db),
    ...createAntitheticonLoaders(db),
    campaignById: new DataLoader<string, CampaignRow | null>(async (ids) => {
      const rows = await findCampaignsByIds(db, ids.filter(isUuid));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
    }),
    partyByCampaignId: new DataLoader<string, string[]>(async (campaignIds) => {
      const grouped = groupBy(await listPartiesOfCampaigns(db, campaignIds), (row) => row.campaignId);
      return campaignIds.map((id) => (grouped.get(id) ?? []).map((row) => row.characterId));
    }),
    membersByCampaignId: new DataLoader<string, CampaignMemberRow[]>(async (campaignIds) => {
      const grouped = groupBy(await listMembersOfCampaigns(db, campaignIds), (row) => row.campaignId);
      return campaignIds.map((id) => grouped.get(id) ?? []);
    }),
    visibleCampaignsByCharacterId: new DataLoader<string, CampaignRow[]>(async (characterIds) => {
      // Anonymous viewers are members of nothing: no query needed.
      if (!viewerId) return characterIds.map(() => []);
      const rows = await listCampaignsOfCharactersVisibleTo(db, characterIds.filter(isUuid), viewerId);
      const grouped = groupBy(rows, (row) => row.characterId);
      return characterIds.map((id) => (grouped.get(id.toLowerCase()) ?? []).map((row) => row.campaign));
    }),
    allowedHomebrewByCampaignId: new DataLoader<string, string[] | null>(async (campaignIds) => {
      if (!viewerId) return campaignIds.map(() => null);
      const rows = await listAllowedHomebrewOfCampaignsForMember(db, campaignIds.filter(isUuid), viewerId);
      const grouped = groupBy(rows, (row) => row.campaignId);
      return campaignIds.map((id) => {
        const group = grouped.get(id.toLowerCase());
        if (!group) return null;
        return group.flatMap((row) => (row.homebrewId === null ? [] : [row.homebrewId]));
      });
    }),
    ruleProfileByCampaignId: new DataLoader<string, MemberRuleProfile>(async (campaignIds) => {
      if (!viewerId) return campaignIds.map(() => null);
      const rows = await listRuleProfilesOfCampaignsForMember(db, campaignIds.filter(isUuid), viewerId);
      const byCampaign = new Map(rows.map((row) => [row.campaignId, { profile: row.profile }]));
      return campaignIds.map((id) => byCampaign.get(id.toLowerCase()) ?? null);
    }),
    invitationsByCampaign: new DataLoader<InvitationsKey, CampaignInvitationRow[], string>(
      async (keys) => {
        // One statement for the batch: every status any key asks for (all of them if one asks for all).
        const statuses = keys.some((key) => key.status === null) ? null : [...new Set(keys.map((key) => key.status!))];
        const rows = await listInvitationsOfCampaigns(db, [...new Set(keys.map((key) => key.campaignId))], statuses);
        return keys.map((key) =>
          rows.filter((row) => row.campaignId === key.campaignId && (key.status === null || row.status === key.status)),
        );
      },
      { cacheKeyFn: (key) => `${key.campaignId}:${key.status ?? '*'}` },
    ),
  };
  return {
    ...loaders,
    clearAll: () => {
      for (const loader of Object.values(loaders)) loader.clearAll();
    },
  };
}

export function groupBy<TItem>(items: readonly TItem[], keyOf: (item: TItem) => string): Map<string, TItem[]> {
  const groups = new Map<string, TItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
