CREATE TYPE "campaigns"."faction_stance" AS ENUM('ALLIED', 'FRIENDLY', 'NEUTRAL', 'RIVAL', 'HOSTILE', 'AT_WAR');--> statement-breakpoint
CREATE TABLE "campaigns"."faction_relationships" (
	"faction_id" uuid NOT NULL,
	"other_faction_id" uuid NOT NULL,
	"stance" "campaigns"."faction_stance" NOT NULL,
	CONSTRAINT "faction_relationships_faction_id_other_faction_id_pk" PRIMARY KEY("faction_id","other_faction_id"),
	CONSTRAINT "faction_relationships_not_self" CHECK ("campaigns"."faction_relationships"."faction_id" <> "campaigns"."faction_relationships"."other_faction_id")
);
--> statement-breakpoint
ALTER TABLE "campaigns"."faction_relationships" ADD CONSTRAINT "faction_relationships_faction_id_factions_id_fk" FOREIGN KEY ("faction_id") REFERENCES "campaigns"."factions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."faction_relationships" ADD CONSTRAINT "faction_relationships_other_faction_id_factions_id_fk" FOREIGN KEY ("other_faction_id") REFERENCES "campaigns"."factions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "faction_relationships_other_idx" ON "campaigns"."faction_relationships" USING btree ("other_faction_id");