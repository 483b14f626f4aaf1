CREATE TABLE "characters"."experience_awards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_awards_amount_positive" CHECK ("characters"."experience_awards"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "characters"."journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"session_date" date NOT NULL,
	"campaign_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_title_length" CHECK (char_length("characters"."journal_entries"."title") between 1 and 200),
	CONSTRAINT "journal_entries_body_length" CHECK (char_length("characters"."journal_entries"."body") <= 20000)
);
--> statement-breakpoint
CREATE TABLE "characters"."npc_relationships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"npc_name" text NOT NULL,
	"attitude" text NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "npc_relationships_attitude" CHECK ("characters"."npc_relationships"."attitude" in ('hostile', 'unfriendly', 'indifferent', 'friendly', 'allied'))
);
--> statement-breakpoint
CREATE TABLE "characters"."progress_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "characters"."quests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quests_status" CHECK ("characters"."quests"."status" in ('active', 'completed', 'failed', 'abandoned'))
);
--> statement-breakpoint
ALTER TABLE "characters"."experience_awards" ADD CONSTRAINT "experience_awards_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters"."journal_entries" ADD CONSTRAINT "journal_entries_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters"."npc_relationships" ADD CONSTRAINT "npc_relationships_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters"."progress_milestones" ADD CONSTRAINT "progress_milestones_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "characters"."quests" ADD CONSTRAINT "quests_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experience_awards_character_idx" ON "characters"."experience_awards" USING btree ("character_id","created_at","id");--> statement-breakpoint
CREATE INDEX "journal_entries_character_order_idx" ON "characters"."journal_entries" USING btree ("character_id","session_date","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "npc_relationships_character_npc_idx" ON "characters"."npc_relationships" USING btree ("character_id","npc_name");--> statement-breakpoint
CREATE INDEX "progress_milestones_character_idx" ON "characters"."progress_milestones" USING btree ("character_id","created_at","id");--> statement-breakpoint
CREATE INDEX "quests_character_idx" ON "characters"."quests" USING btree ("character_id","created_at","id");