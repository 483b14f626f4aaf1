import { isJsonObject, type JsonObject, type JsonValue, sameJson } from './canonical-json.js';
import { joinPath } from './diff-json.js';

export type MergeSide = 'OURS' | 'THEIRS';

/** Both sides changed the value at `path` differently (a side that deleted it has `undefined`). */
export interface MergeConflict {
  path: string;
  base: JsonValue | undefined;
  ours: JsonValue | undefined;
  theirs: JsonValue | undefined;
}

export interface MergeOutcome {
  /** The merged document, with resolved conflicts applied; only meaningful when `conflicts` is empty. */
  merged: JsonValue | undefined;
  /** Conflicts no resolution covers, in path order. */
  conflicts: MergeConflict[];
  /** Conflicts settled by a resolution. */
  resolved: MergeConflict[];
  /** Resolution paths that matched no conflict (the caller rejects them: probably a typo). */
  unusedResolutions: string[];
}

/**
 * Three-way merge of JSON documents against their common ancestor, recursing through objects so
 * that entities (keyed by id) and their fields merge independently:
 * - a value only one side changed takes that side's value; equal changes merge silently;
 * - both sides changing a value differently is a conflict at that path, as is one side deleting
 *   what the other changed (an object both sides kept is merged field by field instead);
 * - arrays and scalars are single values.
 * `resolutions` maps conflict paths to the side to keep.
 */
export function mergeJson(
  base: JsonValue | undefined,
  ours: JsonValue | undefined,
  theirs: JsonValue | undefined,
  resolutions: ReadonlyMap<string, MergeSide> = new Map(),
): MergeOutcome {
  const conflicts: MergeConflict[] = [];
  const resolved: MergeConflict[] = [];
  const used = new Set<string>();

  function merge(
    baseValue: JsonValue | undefined,
    ourValue: JsonValue | undefined,
    theirValue: JsonValue | undefined,
    path: string,
  ): JsonValue | undefined {
    if (sameJson(ourValue, theirValue)) return ourValue;
    if (sameJson(baseValue, ourValue)) return theirValue;
    if (sameJson(baseValue, theirValue)) return ourValue;
    if (isJsonObject(ourValue) && isJsonObject(theirValue)) {
      const baseObject: JsonObject = isJsonObject(baseValue) ? baseValue : {};
      const keys = [
        ...new Set([...Object.keys(baseObject), ...Object.keys(ourValue), ...Object.keys(theirValue)]),
      ].sort();
      const result: JsonObject = {};
      for (const key of keys) {
        const value = merge(baseObject[key], ourValue[key], theirValue[key], joinPath(path, key));
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    const conflict: MergeConflict = { path, base: baseValue, ours: ourValue, theirs: theirValue };
    const choice = resolutions.get(path);
    if (!choice) {
      conflicts.push(conflict);
      return ourValue;
    }
    used.add(path);
    resolved.push(conflict);
    return choice === 'OURS' ? ourValue : theirValue;
  }

  const merged = merge(base, ours, theirs, '');
  const unusedResolutions = [...resolutions.keys()].filter((path) => !used.has(path)).sort();
  return { merged, conflicts, resolved, unusedResolutions };
}
