// Shared jest settings for jest.{small,medium,e2e,browser}.config.js (CommonJS, so jest needs no ts-node).
const path = require('node:path');
const ts = require('typescript');

const rootDir = path.resolve(__dirname, '../..');

// SWC settings matching tsconfig.base.json: NestJS needs legacy decorators with metadata, and
// useDefineForClassFields:false keeps decorated/injected class fields from being reset to undefined.
function swc(tsx) {
  return [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
          ...(tsx ? { react: { runtime: 'automatic' } } : {}),
        },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ];
}

// "@qcdc/x/y": ["libs/x/y/src/index.ts"]  ->  "^@qcdc/x/y$": "<rootDir>/libs/x/y/src/index.ts"
// (a "*" in a path becomes a capture group). typescript's reader tolerates comments and trailing commas.
function moduleNameMapperFromTsconfig() {
  const file = path.join(rootDir, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`cannot read ${file}: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`);
  const paths = (config.compilerOptions && config.compilerOptions.paths) || {};
  const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const mapper = {};
  for (const [alias, targets] of Object.entries(paths)) {
    const key = `^${escape(alias).replace('*', '(.*)')}$`;
    mapper[key] = `<rootDir>/${targets[0].replace('*', '$1')}`;
  }
  return mapper;
}

/** Base config; `overrides` wins. */
function jestConfig(overrides) {
  return {
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    moduleNameMapper: moduleNameMapperFromTsconfig(),
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/.data/', '<rootDir>/tmp/'],
    modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/apps/web/dist/'],
    setupFiles: [require.resolve('reflect-metadata')],
    // A step that finds no test has failed: a typo in a pattern or a moved folder must not pass silently.
    passWithNoTests: false,
    ...overrides,
  };
}

module.exports = { jestConfig, rootDir };
