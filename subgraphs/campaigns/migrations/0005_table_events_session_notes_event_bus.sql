CREATE TABLE "campaigns"."outbox" (
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
CREATE TABLE "campaigns"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"narrative" text DEFAULT '' NOT NULL,
	"played_on" date,
	"present_user_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaigns"."table_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"session_note_id" uuid,
	"details" jsonb NOT NULL,
	"target_character_ids" jsonb NOT NULL,
	"description" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"reverted_by" uuid,
	"reverted_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "campaigns"."session_notes" ADD CONSTRAINT "session_notes_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."table_events" ADD CONSTRAINT "table_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."table_events" ADD CONSTRAINT "table_events_session_note_id_session_notes_id_fk" FOREIGN KEY ("session_note_id") REFERENCES "campaigns"."session_notes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_id_unique" ON "campaigns"."outbox" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_aggregate_sequence_unique" ON "campaigns"."outbox" USING btree ("aggregate_type","aggregate_id","sequence");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "campaigns"."outbox" USING btree ("position") WHERE published_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "session_notes_campaign_number_uq" ON "campaigns"."session_notes" USING btree ("campaign_id","number");--> statement-breakpoint
CREATE INDEX "session_notes_campaign_idx" ON "campaigns"."session_notes" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "table_events_campaign_recorded_idx" ON "campaigns"."table_events" USING btree ("campaign_id","recorded_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "table_events_session_note_idx" ON "campaigns"."table_events" USING btree ("session_note_id");