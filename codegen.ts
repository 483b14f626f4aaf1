import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run codegen`: typed documents for every operation in packages/sdk/src/operations,
 * checked against the client API schema. Frontends copy this config and point `documents`
 * at their own operations.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['packages/sdk/src/operations/**/*.graphql'],
  generates: {
    'packages/sdk/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
