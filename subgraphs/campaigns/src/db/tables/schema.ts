import { ITEM_POLICIES, THEME_IDS } from '@grimoire/rules';
import { pgSchema } from 'drizzle-orm/pg-core';

/** Everything the campaigns subgraph stores lives in this PostgreSQL schema. */
export const campaignsSchema = pgSchema('campaigns');

// Declared in rank order: member lists sort by this enum (GM first, viewers last).
export const campaignRole = campaignsSchema.enum('campaign_role', [
  'GAME_MASTER',
  'CO_GAME_MASTER',
  'PLAYER',
  'VIEWER',
]);
export type CampaignRole = (typeof campaignRole.enumValues)[number];

export const campaignType = campaignsSchema.enum('campaign_type', ['TRADITIONAL', 'ANTITHETICON']);
export type CampaignType = (typeof campaignType.enumValues)[number];

export const campaignStatus = campaignsSchema.enum('campaign_status', [
  'DRAFT',
  'ACTIVE',
  'PAUSED',
  'COMPLETED',
  'ARCHIVED',
]);
export type CampaignStatus = (typeof campaignStatus.enumValues)[number];

export const invitationStatus = campaignsSchema.enum('campaign_invitation_status', [
  'PENDING',
  'ACCEPTED',
  'DECLINED',
  'REVOKED',
]);
export type InvitationStatus = (typeof invitationStatus.enumValues)[number];

/** A campaign's theme (genre); see @grimoire/rules themes. */
export const campaignTheme = campaignsSchema.enum('campaign_theme', THEME_IDS);
export type CampaignTheme = (typeof campaignTheme.enumValues)[number];

/** How a theme transition treats inventory items. */
export const themeItemPolicy = campaignsSchema.enum('theme_item_policy', ITEM_POLICIES);
