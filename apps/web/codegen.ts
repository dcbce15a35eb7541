import fs from 'node:fs';
import path from 'node:path';
// The gateway's own library (a dependency of @apollo/gateway and @apollo/composition) turns the supergraph
// into the API schema it serves: what clients see, without the join__/link__ machinery.
import { Supergraph, printSchema } from '@apollo/federation-internals';
import type { CodegenConfig } from '@graphql-codegen/cli';

// TypeScript types and typed document strings for the web app's GraphQL documents (the .graphql files under
// src/), from the committed supergraph. `npm run codegen` writes src/gql/; codegen.spec.ts fails when it is
// stale or when a document asks for something the schema does not have.
const web = path.resolve(__dirname);
const workspace = path.resolve(web, '../..');
const supergraph = fs.readFileSync(path.join(workspace, 'apps/gateway/supergraph.graphql'), 'utf8');

const config: CodegenConfig = {
  schema: printSchema(Supergraph.build(supergraph).apiSchema()),
  // The app's documents: the .graphql files next to the features that use them.
  documents: path.join(web, 'src/**/*.graphql'),
  ignoreNoDocuments: false,
  generates: {
    [path.join(web, 'src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings with their types attached: no GraphQL AST in the bundle.
        documentMode: 'string',
        // Enums as `const` objects (values in name order): the web lists a period kind's values from the schema.
        enumType: 'const',
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};

export default config;
