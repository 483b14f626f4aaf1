CREATE TABLE "campaigns"."campaign_rule_profiles" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"allow_srd" boolean DEFAULT true NOT NULL,
	"allowed_homebrew" text[],
	"allowed_classes" text[],
	"allowed_species" text[],
	"starting_level" integer,
	"min_level" integer,
	"max_level" integer,
	"banned_items" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_rule_profiles_starting_level" CHECK ("campaigns"."campaign_rule_profiles"."starting_level" between 1 and 20),
	CONSTRAINT "campaign_rule_profiles_level_range" CHECK (("campaigns"."campaign_rule_profiles"."min_level" is null and "campaigns"."campaign_rule_profiles"."max_level" is null) or ("campaigns"."campaign_rule_profiles"."min_level" between 1 and "campaigns"."campaign_rule_profiles"."max_level" and "campaigns"."campaign_rule_profiles"."max_level" <= 20))
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_rule_profiles" ADD CONSTRAINT "campaign_rule_profiles_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;