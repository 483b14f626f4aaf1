CREATE TYPE "campaigns"."campaign_invitation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED');--> statement-breakpoint
CREATE TABLE "campaigns"."campaign_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"invitee_id" uuid NOT NULL,
	"invited_by" uuid NOT NULL,
	"role" "campaigns"."campaign_role" NOT NULL,
	"status" "campaigns"."campaign_invitation_status" DEFAULT 'PENDING' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_invitations" ADD CONSTRAINT "campaign_invitations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_invitations_pending_uq" ON "campaigns"."campaign_invitations" USING btree ("campaign_id","invitee_id") WHERE "campaigns"."campaign_invitations"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "campaign_invitations_invitee_idx" ON "campaigns"."campaign_invitations" USING btree ("invitee_id","status");