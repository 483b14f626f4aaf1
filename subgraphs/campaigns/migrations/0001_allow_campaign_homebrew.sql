CREATE TABLE "campaigns"."campaign_homebrew" (
	"campaign_id" uuid NOT NULL,
	"homebrew_id" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_homebrew_campaign_id_homebrew_id_pk" PRIMARY KEY("campaign_id","homebrew_id"),
	CONSTRAINT "campaign_homebrew_id_format" CHECK ("campaigns"."campaign_homebrew"."homebrew_id" ~ '^hb-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_homebrew" ADD CONSTRAINT "campaign_homebrew_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;