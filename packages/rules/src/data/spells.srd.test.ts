import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Spell } from '../model/content.js';
import { SPELL_LIST_CLASSES, SRD_SPELLS } from './spells.js';

const SRD_DIR = resolve(import.meta.dirname, '../../../../../shared/srd');
const HAS_SRD = existsSync(SRD_DIR);
const SKIP = HAS_SRD ? '' : ` (skipped: no SRD data at ${SRD_DIR})`;

interface Open5eSpell {
  pk: string;
  fields: {
    name: string;
    level: number;
    school: string;
    classes: string[];
    ritual: boolean;
    concentration: boolean;
    casting_time: string;
    range_text: string;
    verbal: boolean;
    somatic: boolean;
    material: boolean;
    material_specified: string;
    duration: string;
  };
}

/** open5e stores casting times as keys; the tables hold them as the SRD prints them. */
const CASTING_TIMES: Record<string, string> = {
  action: 'Action',
  'bonus-action': 'Bonus Action',
  reaction: 'Reaction',
  '1minute': '1 minute',
  '10minutes': '10 minutes',
  '1hour': '1 hour',
};
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const byId = new Map<string, Spell>(SRD_SPELLS.map((spell) => [spell.id, spell]));

describe('SRD spells: invariants', () => {
  it('has 339 spells with unique ids: 27 cantrips, then 57/57/42/34/38/31/20/17/16 for levels 1 to 9', () => {
    expect(SRD_SPELLS).toHaveLength(339);
    expect(byId.size).toBe(339);
    const perLevel = Array.from(
      { length: 10 },
      (_, level) => SRD_SPELLS.filter((spell) => spell.level === level).length,
    );
    expect(perLevel).toEqual([27, 57, 57, 42, 34, 38, 31, 20, 17, 16]);
  });

  it('every spell is on at least one class list, and only SRD classes have spell lists', () => {
    for (const spell of SRD_SPELLS) {
      expect(spell.classes.length, spell.id).toBeGreaterThan(0);
      for (const classId of spell.classes) expect(SPELL_LIST_CLASSES, spell.id).toContain(classId);
    }
  });

  it('parses the stat-block notation: rituals, concentration, components', () => {
    expect(byId.get('detect-magic')).toMatchObject({
      ritual: true,
      concentration: true,
      castingTime: 'Action',
      duration: '10 minutes',
    });
    expect(byId.get('fireball')).toMatchObject({
      level: 3,
      school: 'evocation',
      classes: ['sorcerer', 'wizard'],
      ritual: false,
      concentration: false,
      range: '150 feet',
      components: { verbal: true, somatic: true, material: 'a ball of bat guano and sulfur' },
      duration: 'Instantaneous',
    });
    expect(byId.get('counterspell')).toMatchObject({
      castingTime: 'Reaction',
      components: { verbal: false, somatic: true, material: null },
    });
    for (const spell of SRD_SPELLS) {
      expect(spell.castingTime, spell.id).not.toMatch(/Ritual/);
      expect(spell.duration, spell.id).not.toMatch(/Concentration/);
    }
  });
});

describe.skipIf(!HAS_SRD)(`SRD spells: record by record against open5e Spell.json${SKIP}`, () => {
  const records = HAS_SRD
    ? (JSON.parse(
        readFileSync(resolve(SRD_DIR, 'open5e-api/data/v2/wizards-of-the-coast/srd-2024/Spell.json'), 'utf8'),
      ) as Open5eSpell[])
    : [];

  it('holds every spell of the JSON and nothing else', () => {
    expect(records).toHaveLength(339);
    expect(SRD_SPELLS.map((spell) => spell.id).sort()).toEqual(
      records.map((record) => record.pk.replace(/^srd-2024_/, '')).sort(),
    );
  });

  it('the spell-list classes are class ids of 5e-database', () => {
    const classes = JSON.parse(
      readFileSync(resolve(SRD_DIR, '5e-database/src/2024/en/5e-SRD-Classes.json'), 'utf8'),
    ) as { index: string }[];
    const ids = classes.map((entry) => entry.index);
    for (const classId of SPELL_LIST_CLASSES) expect(ids).toContain(classId);
  });

  it.each(records.map((record) => [record.pk.replace(/^srd-2024_/, ''), record.fields] as const))(
    '%s: level, school, classes, ritual, concentration, casting time, range, components, duration',
    (id, fields) => {
      const spell = byId.get(id)!;
      expect(spell.name).toBe(fields.name);
      expect(spell.level).toBe(fields.level);
      expect(spell.school).toBe(fields.school);
      expect([...spell.classes].sort()).toEqual(
        fields.classes.map((classId) => classId.replace(/^srd-2024_/, '')).sort(),
      );
      expect(spell.ritual).toBe(fields.ritual);
      expect(spell.concentration).toBe(fields.concentration);
      expect(spell.castingTime).toBe(CASTING_TIMES[fields.casting_time]);
      expect(spell.range).toBe(fields.range_text);
      expect(spell.components.verbal).toBe(fields.verbal);
      expect(spell.components.somatic).toBe(fields.somatic);
      expect(spell.components.material !== null).toBe(fields.material);
      // open5e lacks Jump's material text; the table has the SRD's.
      if (fields.material_specified) expect(spell.components.material).toBe(fields.material_specified);
      expect(spell.duration).toBe(capitalized(fields.duration));
    },
  );
});
