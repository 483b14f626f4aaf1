CREATE TYPE "campaigns"."campaign_status" AS ENUM('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED');--> statement-breakpoint
CREATE TYPE "campaigns"."campaign_type" AS ENUM('TRADITIONAL', 'ANTITHETICON');--> statement-breakpoint
ALTER TYPE "campaigns"."campaign_role" ADD VALUE 'CO_GAME_MASTER' BEFORE 'PLAYER';--> statement-breakpoint
ALTER TYPE "campaigns"."campaign_role" ADD VALUE 'VIEWER';--> statement-breakpoint
ALTER TABLE "campaigns"."campaigns" ADD COLUMN "type" "campaigns"."campaign_type" DEFAULT 'TRADITIONAL' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns"."campaigns" ADD COLUMN "status" "campaigns"."campaign_status" DEFAULT 'DRAFT' NOT NULL;