import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema.gql: each feature's `x.graphql` becomes
 * `x.generated.ts` beside it (its operations' types and TypedDocumentNode constants), and the
 * schema's enums and inputs go to src/gql/types.ts (`npm run web:codegen`). One file per document
 * keeps each page's chunk to the operations it uses: a single generated module would sit whole in
 * the chunk every page loads. src/graphql/codegen.test.ts fails when a generated file is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    'apps/web/src/gql/types.ts': {
      plugins: ['typescript'],
      config: { onlyOperationTypes: true },
    },
    'apps/web/src/': {
      preset: 'near-operation-file',
      presetConfig: { extension: '.generated.ts', baseTypesPath: 'gql/types.ts' },
      plugins: ['typescript-operations', 'typed-document-node'],
    },
  },
  config: {
    documentMode: 'documentNode',
    scalars: { DateTime: 'string', LocalDate: 'string', Decimal: 'string' },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    skipTypename: true,
    dedupeFragments: true,
  },
};

export default config;
