import { sql } from 'drizzle-orm';
import { index, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { campaigns } from './campaigns.js';
import { campaignRole, campaignsSchema, invitationStatus } from './schema.js';

/** Invitations to join a campaign with a role; the invitee accepts or declines, kept as history. */
export const campaignInvitations = campaignsSchema.table(
  'campaign_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    campaignId: uuid()
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    /** Users of the accounts subgraph (no foreign key across schemas). */
    inviteeId: uuid().notNull(),
    invitedBy: uuid().notNull(),
    role: campaignRole().notNull(),
    status: invitationStatus().notNull().default('PENDING'),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    answeredAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (table) => [
    // One open invitation per user and campaign; answered ones stay as history.
    uniqueIndex('campaign_invitations_pending_uq')
      .on(table.campaignId, table.inviteeId)
      .where(sql`${table.status} = 'PENDING'`),
    // myCampaignInvitations looks them up by invitee.
    index('campaign_invitations_invitee_idx').on(table.inviteeId, table.status),
  ],
);

export type CampaignInvitationRow = typeof campaignInvitations.$inferSelect;
