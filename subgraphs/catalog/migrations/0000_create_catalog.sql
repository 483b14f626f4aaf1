CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."descriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"content_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"higher_level" text,
	"origin" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."homebrew" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"content" jsonb NOT NULL,
	"power_score" real NOT NULL,
	"power_verdict" text NOT NULL,
	"power_reasons" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "homebrew_kind_known" CHECK ("catalog"."homebrew"."kind" in ('species', 'class', 'feat', 'spell', 'magic-item')),
	CONSTRAINT "homebrew_name_length" CHECK (char_length("catalog"."homebrew"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "descriptions_kind_content_idx" ON "catalog"."descriptions" USING btree ("kind","content_id");--> statement-breakpoint
CREATE INDEX "homebrew_owner_kind_idx" ON "catalog"."homebrew" USING btree ("owner_id","kind");