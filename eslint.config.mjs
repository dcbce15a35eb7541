import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { builtinModules } from 'node:module';

/** Framework and I/O packages that pure domain code must not import. */
const FRAMEWORK_IO = ['@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis', 'express', 'passport*', '@apollo/*', 'graphql', 'node:*', 'react', 'react-dom'];

export default tseslint.config(
  { ignores: ['**/node_modules', '**/dist', '.data', 'tmp', 'coverage', '.nx'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Apps are thin shells over libs; nothing imports an app.
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'] },
            // Domain rules are pure: no framework, no I/O.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: FRAMEWORK_IO,
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:data-access'] },
            // One domain never imports another's code; they meet through events and read models.
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:tenancy', onlyDependOnLibsWithTags: ['scope:tenancy', 'scope:shared'] },
            { sourceTag: 'scope:activities', onlyDependOnLibsWithTags: ['scope:activities', 'scope:shared'] },
            { sourceTag: 'scope:scoring', onlyDependOnLibsWithTags: ['scope:scoring', 'scope:shared'] },
            { sourceTag: 'scope:reports', onlyDependOnLibsWithTags: ['scope:reports', 'scope:shared'] },
            { sourceTag: 'scope:rollups', onlyDependOnLibsWithTags: ['scope:rollups', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The browser app may use the pure domain rules and the libs that run anywhere (no server code).
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'type:domain', 'runtime:any'] },
            // A lib that runs anywhere (the browser too) keeps to itself: no framework, no I/O, no node:*.
            {
              sourceTag: 'runtime:any',
              onlyDependOnLibsWithTags: ['runtime:any'],
              bannedExternalImports: FRAMEWORK_IO,
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // What the browser loads: the web app, the pure domain rules and the shared contracts. The boundary rule
    // above cannot see Node's built-in modules (they are not packages), so they are named here.
    files: ['apps/web/src/**/*.{ts,tsx}', 'libs/*/domain/src/**/*.ts', 'libs/shared/contracts/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Browser code: no Node built-ins.' })),
          patterns: [{ group: ['node:*'], message: 'Browser code: no Node built-ins.' }],
        },
      ],
    },
  },
);
