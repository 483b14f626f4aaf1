CREATE TABLE "characters"."outbox" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"type" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"payload" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"causation_id" uuid,
	"request_id" text,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "characters"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "characters"."table_event_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"table_event_id" uuid NOT NULL,
	"character_id" uuid NOT NULL,
	"status" text NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reverted_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "characters"."character_versions" ADD COLUMN "table_event_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_id_unique" ON "characters"."outbox" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_aggregate_sequence_unique" ON "characters"."outbox" USING btree ("aggregate_type","aggregate_id","sequence");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "characters"."outbox" USING btree ("position") WHERE published_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "table_event_applications_event_character_uq" ON "characters"."table_event_applications" USING btree ("table_event_id","character_id");--> statement-breakpoint
CREATE INDEX "table_event_applications_character_idx" ON "characters"."table_event_applications" USING btree ("character_id");--> statement-breakpoint
CREATE INDEX "character_versions_table_event_idx" ON "characters"."character_versions" USING btree ("table_event_id");