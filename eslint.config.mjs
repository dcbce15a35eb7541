import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
            { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:shared'] },
            // The process shells that mount more than one domain's module.
            { sourceTag: 'scope:tenancy-app', onlyDependOnLibsWithTags: ['scope:tenancy', 'scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:rollups', 'scope:audit', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The browser app may use only browser-safe shared vocabulary.
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web'] },
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
);
