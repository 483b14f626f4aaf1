CREATE TYPE "campaigns"."campaign_theme" AS ENUM('HIGH_FANTASY', 'GOTHIC_HORROR', 'CYBERPUNK', 'STEAMPUNK', 'SPACE_OPERA', 'WILD_WEST', 'PIRATE', 'POST_APOCALYPTIC', 'MYTHIC');--> statement-breakpoint
CREATE TYPE "campaigns"."nemesis_deception_layer" AS ENUM('IDENTITY', 'OPERATION', 'MOTIVE', 'CAPABILITY', 'PRESENCE');--> statement-breakpoint
CREATE TYPE "campaigns"."nemesis_deception_state" AS ENUM('ACTIVE', 'EXPOSED', 'ABANDONED');--> statement-breakpoint
CREATE TYPE "campaigns"."nemesis_identity_relation" AS ENUM('ALIAS_OF', 'PATRON_OF', 'INFORMANT_FOR', 'BEFRIENDS', 'RIVAL_OF', 'SHADOWS');--> statement-breakpoint
CREATE TYPE "campaigns"."nemesis_generator" AS ENUM('OFFLINE_PROCEDURAL');--> statement-breakpoint
CREATE TYPE "campaigns"."theme_item_policy" AS ENUM('RESET_TO_ROOT', 'ADAPT', 'KEEP');--> statement-breakpoint
CREATE TABLE "campaigns"."nemeses" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"generator" "campaigns"."nemesis_generator" NOT NULL,
	"seed" integer NOT NULL,
	"name" text NOT NULL,
	"title" text NOT NULL,
	"level" integer NOT NULL,
	"motive" text NOT NULL,
	"analysis" jsonb NOT NULL,
	"mirrors" jsonb NOT NULL,
	"generated_by" uuid NOT NULL,
	"generated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."nemesis_deceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"identity_id" uuid,
	"target_character_id" uuid,
	"layer" "campaigns"."nemesis_deception_layer" NOT NULL,
	"description" text NOT NULL,
	"state" "campaigns"."nemesis_deception_state" DEFAULT 'ACTIVE' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."nemesis_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"guise" text NOT NULL,
	"description" text NOT NULL,
	"exposed" boolean DEFAULT false NOT NULL,
	CONSTRAINT "nemesis_identities_campaign_key" UNIQUE("campaign_id","key")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."nemesis_identity_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"from_identity_id" uuid NOT NULL,
	"relation" "campaigns"."nemesis_identity_relation" NOT NULL,
	"to_identity_id" uuid,
	"to_character_id" uuid,
	CONSTRAINT "nemesis_identity_links_one_target" CHECK (num_nonnulls("campaigns"."nemesis_identity_links"."to_identity_id", "campaigns"."nemesis_identity_links"."to_character_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "campaigns"."nemesis_revelations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"stage" integer NOT NULL,
	"trigger" text NOT NULL,
	"revelation" text NOT NULL,
	"exposes_identity_id" uuid,
	"revealed_at" timestamp (3) with time zone,
	CONSTRAINT "nemesis_revelations_campaign_stage" UNIQUE("campaign_id","stage")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."theme_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"from_theme" "campaigns"."campaign_theme" NOT NULL,
	"to_theme" "campaigns"."campaign_theme" NOT NULL,
	"item_policy" "campaigns"."theme_item_policy" NOT NULL,
	"item_policies" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"character_ids" jsonb NOT NULL,
	"transitioned_by" uuid NOT NULL,
	"transitioned_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaigns" ADD COLUMN "theme" "campaigns"."campaign_theme" DEFAULT 'HIGH_FANTASY' NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns"."nemeses" ADD CONSTRAINT "nemeses_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_deceptions" ADD CONSTRAINT "nemesis_deceptions_campaign_id_nemeses_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."nemeses"("campaign_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_deceptions" ADD CONSTRAINT "nemesis_deceptions_identity_id_nemesis_identities_id_fk" FOREIGN KEY ("identity_id") REFERENCES "campaigns"."nemesis_identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_identities" ADD CONSTRAINT "nemesis_identities_campaign_id_nemeses_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."nemeses"("campaign_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_identity_links" ADD CONSTRAINT "nemesis_identity_links_campaign_id_nemeses_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."nemeses"("campaign_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_identity_links" ADD CONSTRAINT "nemesis_identity_links_from_identity_id_nemesis_identities_id_fk" FOREIGN KEY ("from_identity_id") REFERENCES "campaigns"."nemesis_identities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_identity_links" ADD CONSTRAINT "nemesis_identity_links_to_identity_id_nemesis_identities_id_fk" FOREIGN KEY ("to_identity_id") REFERENCES "campaigns"."nemesis_identities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_revelations" ADD CONSTRAINT "nemesis_revelations_campaign_id_nemeses_campaign_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."nemeses"("campaign_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."nemesis_revelations" ADD CONSTRAINT "nemesis_revelations_exposes_identity_id_nemesis_identities_id_fk" FOREIGN KEY ("exposes_identity_id") REFERENCES "campaigns"."nemesis_identities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."theme_transitions" ADD CONSTRAINT "theme_transitions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "nemesis_deceptions_campaign_idx" ON "campaigns"."nemesis_deceptions" USING btree ("campaign_id","created_at","id");--> statement-breakpoint
CREATE INDEX "nemesis_identity_links_campaign_idx" ON "campaigns"."nemesis_identity_links" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE INDEX "theme_transitions_campaign_idx" ON "campaigns"."theme_transitions" USING btree ("campaign_id","transitioned_at","id");