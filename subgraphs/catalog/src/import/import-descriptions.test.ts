import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { connectDatabase, createLogger, type Database } from '@grimoire/platform';
import { createTestDatabase, type TestDatabase } from '@grimoire/platform/testing';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CatalogTables } from '../db/database.js';
import { descriptions, homebrew } from '../db/tables/index.js';
import { importDescriptions } from './import-descriptions.js';
import { findSourceFiles, SourceError } from './read-srd-sources.js';

const SRD_DIR = resolve(import.meta.dirname, '../../../../../shared/srd');
const HAS_SRD = existsSync(SRD_DIR);
if (!HAS_SRD) console.warn(`[catalog importer] ${SRD_DIR} is absent: the import of the real SRD data is skipped.`);

describe('catalog importer', () => {
  let testDatabase: TestDatabase;
  let database: Database<CatalogTables>;

  beforeAll(async () => {
    testDatabase = await createTestDatabase('catalog_import');
    database = await connectDatabase({
      url: testDatabase.url,
      name: 'catalog',
      tables: { descriptions, homebrew },
      migrationsFolder: resolve(import.meta.dirname, '../../migrations'),
      logger: createLogger('catalog-import-test', 'silent'),
    });
  });

  afterAll(async () => {
    await database?.close();
    await testDatabase?.drop();
  });

  const rows = async () => (await database.db.select({ value: count() }).from(descriptions))[0].value;

  describe('fixture files given directly', () => {
    let dir: string;

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'catalog-import-'));
      writeFileSync(
        join(dir, '5e-SRD-Conditions.json'),
        JSON.stringify([
          { index: 'prone', name: 'Prone', description: 'On the ground.', url: '/x' },
          { index: 'blinded', name: 'Blinded', description: ['Cannot see.', 'Attacks have disadvantage.'] },
        ]),
      );
      writeFileSync(
        join(dir, '5e-SRD-Magic-Items.json'),
        JSON.stringify([{ index: 'bag-of-holding', name: 'Bag of Holding', desc: 'Roomy.' }]),
      );
      writeFileSync(
        join(dir, 'Spell.json'),
        JSON.stringify([
          {
            model: 'api_v2.spell',
            pk: 'srd-2024_fireball',
            fields: { name: 'Fireball', desc: 'Boom.', higher_level: 'More boom.' },
          },
          { model: 'api_v2.other', pk: 'srd-2024_ignored', fields: { name: 'Ignored' } },
        ]),
      );
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('imports each kind, then changes nothing on a second run, then only what changed', async () => {
      const first = await importDescriptions(database.db, findSourceFiles(dir));
      expect(first.changed).toBe(4);
      expect(first.byKind.condition).toMatchObject({ read: 2, inserted: 2, updated: 0 });
      expect(first.byKind.spell).toMatchObject({ read: 1, inserted: 1 });
      const [fireball] = await database.db.select().from(descriptions).where(eq(descriptions.contentId, 'fireball'));
      expect(fireball).toMatchObject({
        kind: 'spell',
        name: 'Fireball',
        description: 'Boom.',
        higherLevel: 'More boom.',
        origin: 'open5e',
      });
      const [blinded] = await database.db.select().from(descriptions).where(eq(descriptions.contentId, 'blinded'));
      expect(blinded.description).toBe('Cannot see.\nAttacks have disadvantage.');

      const second = await importDescriptions(database.db, findSourceFiles(dir));
      expect(second.changed).toBe(0);
      expect(second.byKind.condition).toMatchObject({ read: 2, inserted: 0, updated: 0, unchanged: 2 });

      writeFileSync(
        join(dir, '5e-SRD-Magic-Items.json'),
        JSON.stringify([{ index: 'bag-of-holding', name: 'Bag of Holding', desc: 'Very roomy.' }]),
      );
      const third = await importDescriptions(database.db, findSourceFiles(dir));
      expect(third.changed).toBe(1);
      expect(third.byKind['magic-item']).toMatchObject({ updated: 1, inserted: 0 });
    });

    it('reports progress and refuses malformed data without writing', async () => {
      const seen: number[] = [];
      await importDescriptions(database.db, findSourceFiles(dir), {
        start: (total) => seen.push(total),
        advance: (done) => seen.push(done),
        stop: () => seen.push(-1),
      });
      expect(seen).toEqual([4, 4, -1]);

      const before = await rows();
      const bad = mkdtempSync(join(tmpdir(), 'catalog-import-bad-'));
      writeFileSync(
        join(bad, '5e-SRD-Feats.json'),
        JSON.stringify([{ index: 'ok', name: 'Ok' }, { name: 'No index' }]),
      );
      const failure = importDescriptions(database.db, findSourceFiles(bad));
      await expect(failure).rejects.toBeInstanceOf(SourceError);
      await expect(failure).rejects.toThrow(/record 1: index/);
      expect(await rows()).toBe(before);
      expect(() => findSourceFiles(join(bad, 'nope'))).toThrow(SourceError);
      rmSync(join(bad, '5e-SRD-Feats.json'));
      expect(() => findSourceFiles(bad)).toThrow(/neither 5e-database files/);
      rmSync(bad, { recursive: true, force: true });
    });
  });

  describe.skipIf(!HAS_SRD)('the SRD data in ../shared/srd', () => {
    it('imports every record of both data sets idempotently', async () => {
      const files = findSourceFiles(SRD_DIR);
      expect(files.map((file) => file.kind).sort()).toEqual(
        [
          'background',
          'class',
          'class-feature',
          'condition',
          'equipment',
          'feat',
          'lineage',
          'magic-item',
          'species',
          'species-trait',
          'spell',
          'subclass',
        ].sort(),
      );
      const expected = new Map<string, number>();
      for (const file of files) {
        const records = JSON.parse(readFileSync(file.path, 'utf8')) as { model?: string }[];
        expected.set(
          file.kind,
          records.filter((record) => record.model === undefined || record.model === 'api_v2.spell').length,
        );
      }
      const first = await importDescriptions(database.db, files);
      for (const [kind, read] of expected)
        expect(first.byKind[kind as keyof typeof first.byKind]?.read, kind).toBe(read);
      expect(first.byKind.condition?.read).toBe(15);
      const second = await importDescriptions(database.db, files);
      expect(second.changed).toBe(0);
      const [fireball] = await database.db.select().from(descriptions).where(eq(descriptions.contentId, 'fireball'));
      expect(fireball.description).toMatch(/explodes|flame|fire/i);
    });
  });
});
