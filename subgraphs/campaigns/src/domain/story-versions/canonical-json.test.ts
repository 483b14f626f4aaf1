import { describe, expect, it } from 'vitest';

import { canonicalJson, sameJson, sha256Hex } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops absent values', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: 'x' }, gone: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text and hash for the same content in any key order', () => {
    const left = { chapters: { one: { title: 'A', kind: 'STORY' } }, npcs: {} };
    const right = { npcs: {}, chapters: { one: { kind: 'STORY', title: 'A' } } };
    expect(canonicalJson(left)).toBe(canonicalJson(right));
    expect(sha256Hex(canonicalJson(left))).toBe(sha256Hex(canonicalJson(right)));
    expect(sha256Hex(canonicalJson(left))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps array order significant and escapes strings', () => {
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(canonicalJson({ 'q"': 'line\nbreak' })).toBe('{"q\\"":"line\\nbreak"}');
  });

  it('tells absent from null', () => {
    expect(sameJson(undefined, null)).toBe(false);
    expect(sameJson(undefined, undefined)).toBe(true);
  });
});
