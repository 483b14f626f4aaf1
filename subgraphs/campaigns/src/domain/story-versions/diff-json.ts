import { isJsonObject, type JsonValue, sameJson } from './canonical-json.js';

/** One difference: a dotted path to the value (`chapters.<id>.title`), absent sides undefined. */
export interface JsonChange {
  path: string;
  before: JsonValue | undefined;
  after: JsonValue | undefined;
}

/**
 * Every leaf that differs between two JSON documents, recursing through objects (arrays are
 * compared whole: a prerequisite list is one value). An added or removed object is one change at
 * its own path, not one per field. Paths come out sorted, so the result is deterministic.
 */
export function diffJson(before: JsonValue | undefined, after: JsonValue | undefined, path = ''): JsonChange[] {
  if (sameJson(before, after)) return [];
  if (!isJsonObject(before) || !isJsonObject(after)) return [{ path, before, after }];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.flatMap((key) => diffJson(before[key], after[key], joinPath(path, key)));
}

export function joinPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
