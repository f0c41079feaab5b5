/** Jest in ESM mode (node --experimental-vm-modules), TypeScript through ts-jest. */

// content-disposition 3 (under @fastify/static, under Bull Board) is ESM that CommonJS code
// require()s: Node 20.19+ allows it, Jest only on Node 24.9+. Below that it is compiled to
// CommonJS for Jest; from 24.9 it must be left as it is (Jest loads it as ESM then).
const [major, minor] = process.versions.node.split('.').map(Number);
const jestRequiresEsm = major > 24 || (major === 24 && minor >= 9);
const contentDisposition = jestRequiresEsm
  ? {}
  : {
      'content-disposition/dist/.+\\.js$': [
        'ts-jest',
        { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', isolatedModules: true } },
      ],
    };

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#libs/core/bootstrap$': '<rootDir>/libs/core/src/bootstrap/process.ts',
    '^#libs/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }],
    ...contentDisposition,
  },
  transformIgnorePatterns: jestRequiresEsm ? ['/node_modules/'] : ['/node_modules/(?!(@fastify/static/node_modules/)?content-disposition/)'],
};

export default {
  projects: [
    {
      // The web app's pure logic (formatting, URL parsing, catalogues); no DOM needed.
      displayName: 'web',
      testEnvironment: 'node',
      extensionsToTreatAsEsm: ['.ts'],
      testMatch: ['<rootDir>/apps/web/src/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/apps/web/tsconfig.json' }] },
    },
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
  // A global option: Jest ignores it inside a project. Integration tests wait on real services.
  testTimeout: 60_000,
};
