import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema.gql: each feature's `*.graphql` documents become
 * TypedDocumentNode constants in src/gql/graphql.ts (`npm run web:codegen`). A test fails when the
 * file is stale (src/graphql/codegen.test.ts). GQL_OUT redirects the output for that test.
 */
const out = process.env.GQL_OUT ?? 'apps/web/src/gql/graphql.ts';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.graphql'],
  generates: {
    [out]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { DateTime: 'string', LocalDate: 'string', Decimal: 'string' },
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: true,
        dedupeFragments: true,
      },
    },
  },
  config: { documentMode: 'documentNode' },
};

export default config;
