import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { buildSchema, LoneAnonymousOperationRule, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { API_FILE } from './schema-check.js';
import { buildSchemaFiles } from './schema-files.js';
import { REPO_ROOT } from './supergraph-config.js';

/** Docs stay true: every GraphQL example in the READMEs is valid against the API the code composes. */
describe('README examples', () => {
  const api = buildSchema(buildSchemaFiles()[API_FILE]!);
  // Examples list several anonymous operations in one block for reading, not for sending at once.
  const rules = specifiedRules.filter((rule) => rule !== LoneAnonymousOperationRule);
  const examples = ['README.md', 'router/README.md', 'packages/rules/README.md'].flatMap((file) =>
    [...readFileSync(join(REPO_ROOT, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
      (match, index) => [`${file} #${index + 1}`, match[1]!] as const,
    ),
  );

  it('finds examples to check', () => {
    expect(examples.length).toBeGreaterThan(3);
  });

  it.each(examples)('%s is valid', (_name, example) => {
    expect(validate(api, parse(example), rules).map((error) => error.message)).toEqual([]);
  });
});
