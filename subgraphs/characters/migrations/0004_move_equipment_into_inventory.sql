-- Data step: items move from the build into the inventory, the one place they live from now on
-- (the rules engine reads the equipped, attuned or used ones back as `build.equipment` when it
-- derives). Each item becomes an entry with a fresh id, carried loose, keeping its flags; the
-- build's list is emptied. The sheet does not change, so no version is appended and clients'
-- expected versions stay valid. Older versions keep their snapshots; a restore or an import moves
-- their items the same way (moveEquipmentIntoInventory).
UPDATE "characters"."characters" AS c
SET "inventory" = jsonb_set(
      coalesce(c."inventory", '{"entries": [], "currency": {"cp": 0, "sp": 0, "ep": 0, "gp": 0, "pp": 0}}'::jsonb),
      '{entries}',
      coalesce(c."inventory" -> 'entries', '[]'::jsonb) || (
        SELECT coalesce(
          jsonb_agg(
            jsonb_strip_nulls(jsonb_build_object(
              'entryId', gen_random_uuid()::text,
              'itemId', item ->> 'itemId',
              'typeId', item -> 'typeId',
              'baseItemId', item -> 'baseItemId',
              'used', item -> 'used',
              'quantity', greatest(1, coalesce((item ->> 'quantity')::int, 1)),
              'equipped', coalesce((item ->> 'equipped')::boolean, false),
              'attuned', coalesce((item ->> 'attuned')::boolean, false)
            )) || '{"containerId": null}'::jsonb
            ORDER BY position
          ),
          '[]'::jsonb
        )
        FROM jsonb_array_elements(c."build" -> 'equipment') WITH ORDINALITY AS listed(item, position)
      )
    ),
    "build" = jsonb_set(c."build", '{equipment}', '[]'::jsonb)
WHERE jsonb_typeof(c."build" -> 'equipment') = 'array'
  AND jsonb_array_length(c."build" -> 'equipment') > 0;
