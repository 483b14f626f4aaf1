import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import type { DescriptionKind } from '../domain/content-kinds.js';

/** One description to store: what `catalog.descriptions` holds, before it is upserted. */
export interface DescriptionRecord {
  kind: DescriptionKind;
  contentId: string;
  name: string;
  description: string | null;
  higherLevel: string | null;
  origin: '5e-database' | 'open5e';
}

export interface SourceFile {
  path: string;
  kind: DescriptionKind;
  origin: DescriptionRecord['origin'];
  read(): DescriptionRecord[];
}

export class SourceError extends Error {
  override name = 'SourceError';
}

/** 5e-database (2024, en) files the catalog takes text from, and the kind each one describes. */
const FIVE_E_FILES: readonly { file: string; kind: DescriptionKind }[] = [
  { file: '5e-SRD-Classes.json', kind: 'class' },
  { file: '5e-SRD-Subclasses.json', kind: 'subclass' },
  { file: '5e-SRD-Features.json', kind: 'class-feature' },
  { file: '5e-SRD-Species.json', kind: 'species' },
  { file: '5e-SRD-Subspecies.json', kind: 'lineage' },
  { file: '5e-SRD-Traits.json', kind: 'species-trait' },
  { file: '5e-SRD-Backgrounds.json', kind: 'background' },
  { file: '5e-SRD-Feats.json', kind: 'feat' },
  { file: '5e-SRD-Equipment.json', kind: 'equipment' },
  { file: '5e-SRD-Magic-Items.json', kind: 'magic-item' },
  { file: '5e-SRD-Conditions.json', kind: 'condition' },
];

const text = z.union([z.string(), z.array(z.string()).transform((lines) => lines.join('\n'))]).nullish();

const fiveERecord = z.object({
  index: z.string().min(1),
  name: z.string().min(1),
  description: text,
  desc: text,
});

const open5eSpell = z.object({
  model: z.string(),
  pk: z.string().min(1),
  fields: z.object({ name: z.string().min(1), desc: text, higher_level: text }),
});

/** Empty strings mean "no text" in both data sets. */
const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

function readJsonArray(path: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SourceError(`${path}: not readable JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SourceError(`${path}: expected a JSON array of records`);
  return parsed;
}

function parseRecord<TSchema extends z.ZodType>(
  schema: TSchema,
  value: unknown,
  path: string,
  position: number,
): z.infer<TSchema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SourceError(`${path}: record ${position}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
  }
  return result.data;
}

function fiveEFile(path: string, kind: DescriptionKind): SourceFile {
  return {
    path,
    kind,
    origin: '5e-database',
    read: () =>
      readJsonArray(path).map((value, position) => {
        const record = parseRecord(fiveERecord, value, path, position);
        return {
          kind,
          contentId: record.index,
          name: record.name,
          description: clean(record.description ?? record.desc),
          higherLevel: null,
          origin: '5e-database',
        };
      }),
  };
}

/** open5e spell ids are `srd-2024_<key>`; Grimoire uses the key alone. */
export function spellIdFromOpen5e(pk: string): string {
  return pk.replace(/^srd-2024_/, '');
}

function open5eSpellFile(path: string): SourceFile {
  return {
    path,
    kind: 'spell',
    origin: 'open5e',
    read: () =>
      readJsonArray(path).flatMap((value, position) => {
        const record = parseRecord(open5eSpell, value, path, position);
        if (record.model !== 'api_v2.spell') return [];
        return [
          {
            kind: 'spell' as const,
            contentId: spellIdFromOpen5e(record.pk),
            name: record.fields.name,
            description: clean(record.fields.desc),
            higherLevel: clean(record.fields.higher_level),
            origin: 'open5e' as const,
          },
        ];
      }),
  };
}

/**
 * Finds the data files under `dir`: the 5e-database layout (`5e-database/src/2024/en/` or
 * `src/2024/en/` below it, or the files directly in `dir`) and the open5e fixture `Spell.json`
 * (`open5e-api/data/v2/wizards-of-the-coast/srd-2024/`, or directly in `dir`).
 */
export function findSourceFiles(dir: string): SourceFile[] {
  if (!existsSync(dir)) throw new SourceError(`${dir}: no such directory`);
  const fiveEDir = [join(dir, '5e-database/src/2024/en'), join(dir, 'src/2024/en'), dir].find((candidate) =>
    FIVE_E_FILES.some(({ file }) => existsSync(join(candidate, file))),
  );
  const spellFile = [
    join(dir, 'open5e-api/data/v2/wizards-of-the-coast/srd-2024/Spell.json'),
    join(dir, 'data/v2/wizards-of-the-coast/srd-2024/Spell.json'),
    join(dir, 'Spell.json'),
  ].find((candidate) => existsSync(candidate));
  const files: SourceFile[] = [];
  if (fiveEDir) {
    for (const { file, kind } of FIVE_E_FILES) {
      const path = join(fiveEDir, file);
      if (existsSync(path)) files.push(fiveEFile(path, kind));
    }
  }
  if (spellFile) files.push(open5eSpellFile(spellFile));
  if (files.length === 0) {
    throw new SourceError(
      `${dir}: found neither 5e-database files (5e-SRD-*.json) nor an open5e Spell.json; pass the folder that holds them`,
    );
  }
  return files;
}
