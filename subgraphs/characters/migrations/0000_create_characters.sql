CREATE SCHEMA "characters";
--> statement-breakpoint
CREATE TABLE "characters"."characters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"species" text,
	"class_name" text,
	"level" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "characters_level_range" CHECK ("characters"."characters"."level" between 1 and 20),
	CONSTRAINT "characters_name_length" CHECK (char_length("characters"."characters"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE INDEX "characters_owner_created_idx" ON "characters"."characters" USING btree ("owner_id","created_at","id");