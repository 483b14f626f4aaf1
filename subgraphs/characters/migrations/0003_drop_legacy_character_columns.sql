ALTER TABLE "characters"."characters" DROP CONSTRAINT "characters_level_range";--> statement-breakpoint
ALTER TABLE "characters"."characters" ALTER COLUMN "build" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "characters"."characters" ALTER COLUMN "inventory" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "characters"."characters" DROP COLUMN "species";--> statement-breakpoint
ALTER TABLE "characters"."characters" DROP COLUMN "class_name";--> statement-breakpoint
ALTER TABLE "characters"."characters" DROP COLUMN "level";