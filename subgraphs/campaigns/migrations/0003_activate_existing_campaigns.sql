-- Data step: campaigns created before the status machine existed were already in play, so they
-- become ACTIVE (0002 gave them the DRAFT default meant for new campaigns). Drizzle applies
-- pending migrations in one transaction, so no campaign is created between 0002 and this step.
UPDATE "campaigns"."campaigns" SET "status" = 'ACTIVE' WHERE "status" = 'DRAFT';
