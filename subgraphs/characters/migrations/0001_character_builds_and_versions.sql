CREATE TABLE "characters"."character_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"character_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changes" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"milestone" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "edition" text DEFAULT '2024' NOT NULL;--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "build" jsonb;--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "inventory" jsonb;--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "play_state" jsonb;--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "is_template" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "characters"."character_versions" ADD CONSTRAINT "character_versions_character_id_characters_id_fk" FOREIGN KEY ("character_id") REFERENCES "characters"."characters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "character_versions_character_version_idx" ON "characters"."character_versions" USING btree ("character_id","version");--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD CONSTRAINT "characters_edition" CHECK ("characters"."characters"."edition" in ('2024', '2014'));--> statement-breakpoint
ALTER TABLE "characters"."characters" ADD CONSTRAINT "characters_version_positive" CHECK ("characters"."characters"."version" >= 1);