-- Data step between adding the new columns (0001) and dropping the old ones (0003): every
-- existing character keeps its species, class and level, now inside its build, and gets
-- version 1 in its history. A level without a class cannot be expressed as class levels
-- (the level is the sum of them), so such a character starts with no class, as a draft.
UPDATE "characters"."characters"
SET "build" = jsonb_build_object(
      'edition', '2024',
      'classes', CASE
        WHEN "class_name" IS NULL THEN '[]'::jsonb
        ELSE jsonb_build_array(jsonb_build_object('classId', "class_name", 'level', "level"))
      END,
      'abilityScores', jsonb_build_object(
        'method', 'manual',
        'base', jsonb_build_object('str', 10, 'dex', 10, 'con', 10, 'int', 10, 'wis', 10, 'cha', 10)
      ),
      'skillProficiencies', '[]'::jsonb,
      'skillExpertise', '[]'::jsonb,
      'feats', '[]'::jsonb,
      'equipment', '[]'::jsonb,
      'spells', '[]'::jsonb
    ) || CASE WHEN "species" IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('speciesId', "species") END,
    "inventory" = '{"entries": [], "currency": {"cp": 0, "sp": 0, "ep": 0, "gp": 0, "pp": 0}}'::jsonb
WHERE "build" IS NULL;
--> statement-breakpoint
INSERT INTO "characters"."character_versions" ("character_id", "version", "snapshot", "changes", "author_id", "reason", "created_at")
SELECT "id", 1,
  jsonb_build_object(
    'name', "name", 'edition', "edition", 'isTemplate', "is_template",
    'build', "build", 'inventory', "inventory", 'playState', "play_state"
  ),
  '[]'::jsonb, "owner_id", 'Moved to the character build model', "created_at"
FROM "characters"."characters"
WHERE NOT EXISTS (
  SELECT 1 FROM "characters"."character_versions" AS v WHERE v."character_id" = "characters"."characters"."id"
);
