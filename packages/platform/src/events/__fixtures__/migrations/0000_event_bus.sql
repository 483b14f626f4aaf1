CREATE SCHEMA IF NOT EXISTS "bus_fixture";
--> statement-breakpoint
CREATE TABLE "bus_fixture"."outbox" (
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
CREATE UNIQUE INDEX "outbox_id_unique" ON "bus_fixture"."outbox" USING btree ("id");
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_aggregate_sequence_unique" ON "bus_fixture"."outbox" USING btree ("aggregate_type","aggregate_id","sequence");
--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "bus_fixture"."outbox" USING btree ("position") WHERE published_at is null;
--> statement-breakpoint
CREATE TABLE "bus_fixture"."processed_events" (
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_event_id_pk" PRIMARY KEY("consumer","event_id")
);
--> statement-breakpoint
CREATE TABLE "bus_fixture"."widgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bus_fixture"."applied" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"consumer" text NOT NULL,
	"event_id" uuid NOT NULL,
	"aggregate_id" text NOT NULL,
	"sequence" integer NOT NULL
);
