CREATE TYPE "campaigns"."chapter_kind" AS ENUM('INTRODUCTION', 'STORY', 'SIDE_QUEST', 'BOSS_BATTLE', 'FINALE');--> statement-breakpoint
CREATE TYPE "campaigns"."chapter_state" AS ENUM('DRAFT', 'READY', 'IN_PROGRESS', 'COMPLETED');--> statement-breakpoint
CREATE TYPE "campaigns"."npc_relationship_kind" AS ENUM('ALLY', 'ENEMY', 'NEUTRAL', 'RIVAL', 'MENTOR', 'PATRON', 'CONTACT', 'FAMILY');--> statement-breakpoint
CREATE TYPE "campaigns"."plot_kind" AS ENUM('MAIN', 'SIDE', 'CHARACTER', 'FACTION', 'MYSTERY', 'HIDDEN');--> statement-breakpoint
CREATE TYPE "campaigns"."plot_state" AS ENUM('PLANNED', 'ACTIVE', 'RESOLVED', 'ABANDONED');--> statement-breakpoint
CREATE TYPE "campaigns"."story_arc_kind" AS ENUM('CAMPAIGN', 'CHARACTER', 'WORLD', 'THEME');--> statement-breakpoint
CREATE TABLE "campaigns"."chapter_prerequisites" (
	"chapter_id" uuid NOT NULL,
	"prerequisite_id" uuid NOT NULL,
	CONSTRAINT "chapter_prerequisites_chapter_id_prerequisite_id_pk" PRIMARY KEY("chapter_id","prerequisite_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."chapters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"kind" "campaigns"."chapter_kind" DEFAULT 'STORY' NOT NULL,
	"state" "campaigns"."chapter_state" DEFAULT 'DRAFT' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."faction_members" (
	"faction_id" uuid NOT NULL,
	"npc_id" uuid NOT NULL,
	CONSTRAINT "faction_members_faction_id_npc_id_pk" PRIMARY KEY("faction_id","npc_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."factions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"goals" text,
	"power" integer DEFAULT 5 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "factions_power_range" CHECK ("campaigns"."factions"."power" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "campaigns"."locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"parent_location_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."npc_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"npc_id" uuid NOT NULL,
	"target_npc_id" uuid,
	"target_character_id" uuid,
	"kind" "campaigns"."npc_relationship_kind" NOT NULL,
	"description" text,
	"hidden" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "npc_relationships_one_target" CHECK (("campaigns"."npc_relationships"."target_npc_id" is null) <> ("campaigns"."npc_relationships"."target_character_id" is null))
);
--> statement-breakpoint
CREATE TABLE "campaigns"."npcs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"role" text,
	"motivations" text[] DEFAULT '{}'::text[] NOT NULL,
	"stat_block" jsonb,
	"location_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."plot_chapters" (
	"plot_id" uuid NOT NULL,
	"chapter_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "plot_chapters_plot_id_chapter_id_pk" PRIMARY KEY("plot_id","chapter_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."plots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" "campaigns"."plot_kind" NOT NULL,
	"state" "campaigns"."plot_state" DEFAULT 'PLANNED' NOT NULL,
	"parent_plot_id" uuid,
	"arc_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."story_arcs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"kind" "campaigns"."story_arc_kind" NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."story_branches" (
	"campaign_id" uuid NOT NULL,
	"name" text NOT NULL,
	"head_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_branches_campaign_id_name_pk" PRIMARY KEY("campaign_id","name")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."story_commits" (
	"hash" text PRIMARY KEY NOT NULL,
	"campaign_id" uuid NOT NULL,
	"snapshot_hash" text NOT NULL,
	"parent_hashes" text[] NOT NULL,
	"branch" text NOT NULL,
	"author_id" uuid NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."story_snapshots" (
	"campaign_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "story_snapshots_campaign_id_hash_pk" PRIMARY KEY("campaign_id","hash")
);
--> statement-breakpoint
ALTER TABLE "campaigns"."chapter_prerequisites" ADD CONSTRAINT "chapter_prerequisites_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "campaigns"."chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."chapter_prerequisites" ADD CONSTRAINT "chapter_prerequisites_prerequisite_id_chapters_id_fk" FOREIGN KEY ("prerequisite_id") REFERENCES "campaigns"."chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."chapters" ADD CONSTRAINT "chapters_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."faction_members" ADD CONSTRAINT "faction_members_faction_id_factions_id_fk" FOREIGN KEY ("faction_id") REFERENCES "campaigns"."factions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."faction_members" ADD CONSTRAINT "faction_members_npc_id_npcs_id_fk" FOREIGN KEY ("npc_id") REFERENCES "campaigns"."npcs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."factions" ADD CONSTRAINT "factions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."locations" ADD CONSTRAINT "locations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."locations" ADD CONSTRAINT "locations_parent_location_id_locations_id_fk" FOREIGN KEY ("parent_location_id") REFERENCES "campaigns"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."npc_relationships" ADD CONSTRAINT "npc_relationships_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."npc_relationships" ADD CONSTRAINT "npc_relationships_npc_id_npcs_id_fk" FOREIGN KEY ("npc_id") REFERENCES "campaigns"."npcs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."npc_relationships" ADD CONSTRAINT "npc_relationships_target_npc_id_npcs_id_fk" FOREIGN KEY ("target_npc_id") REFERENCES "campaigns"."npcs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."npcs" ADD CONSTRAINT "npcs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."npcs" ADD CONSTRAINT "npcs_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "campaigns"."locations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."plot_chapters" ADD CONSTRAINT "plot_chapters_plot_id_plots_id_fk" FOREIGN KEY ("plot_id") REFERENCES "campaigns"."plots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."plot_chapters" ADD CONSTRAINT "plot_chapters_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "campaigns"."chapters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."plots" ADD CONSTRAINT "plots_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."plots" ADD CONSTRAINT "plots_parent_plot_id_plots_id_fk" FOREIGN KEY ("parent_plot_id") REFERENCES "campaigns"."plots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."plots" ADD CONSTRAINT "plots_arc_id_story_arcs_id_fk" FOREIGN KEY ("arc_id") REFERENCES "campaigns"."story_arcs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."story_arcs" ADD CONSTRAINT "story_arcs_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."story_branches" ADD CONSTRAINT "story_branches_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."story_branches" ADD CONSTRAINT "story_branches_head_hash_story_commits_hash_fk" FOREIGN KEY ("head_hash") REFERENCES "campaigns"."story_commits"("hash") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."story_commits" ADD CONSTRAINT "story_commits_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."story_snapshots" ADD CONSTRAINT "story_snapshots_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapter_prerequisites_prerequisite_idx" ON "campaigns"."chapter_prerequisites" USING btree ("prerequisite_id");--> statement-breakpoint
CREATE INDEX "chapters_campaign_idx" ON "campaigns"."chapters" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "faction_members_npc_idx" ON "campaigns"."faction_members" USING btree ("npc_id");--> statement-breakpoint
CREATE INDEX "factions_campaign_idx" ON "campaigns"."factions" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "locations_campaign_idx" ON "campaigns"."locations" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "locations_parent_idx" ON "campaigns"."locations" USING btree ("parent_location_id");--> statement-breakpoint
CREATE INDEX "npc_relationships_campaign_idx" ON "campaigns"."npc_relationships" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "npc_relationships_npc_idx" ON "campaigns"."npc_relationships" USING btree ("npc_id");--> statement-breakpoint
CREATE INDEX "npc_relationships_target_npc_idx" ON "campaigns"."npc_relationships" USING btree ("target_npc_id");--> statement-breakpoint
CREATE INDEX "npcs_campaign_idx" ON "campaigns"."npcs" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "plot_chapters_chapter_idx" ON "campaigns"."plot_chapters" USING btree ("chapter_id");--> statement-breakpoint
CREATE INDEX "plots_campaign_idx" ON "campaigns"."plots" USING btree ("campaign_id","created_at");--> statement-breakpoint
CREATE INDEX "plots_parent_idx" ON "campaigns"."plots" USING btree ("parent_plot_id");--> statement-breakpoint
CREATE INDEX "story_arcs_campaign_idx" ON "campaigns"."story_arcs" USING btree ("campaign_id","position");--> statement-breakpoint
CREATE INDEX "story_commits_campaign_idx" ON "campaigns"."story_commits" USING btree ("campaign_id","created_at");