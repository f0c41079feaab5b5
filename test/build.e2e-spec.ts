import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createTestDatabase, dropDatabase } from './support/databases.js';
import { queuePrefixBase, TEST_JWT_SECRET, TEST_REDIS_URL } from './support/test-env.js';
import { waitFor } from './support/wait.js';

/**
 * scripts/build.mjs, the server step, in a checkout of its own: what the compiled code does where
 * tsc's output did something a file-by-file transpiler could get wrong (design types of enums
 * from other files, class fields as `useDefineForClassFields: false`), and the skipping of a step
 * whose inputs did not change; then the start bundle: made from that dist/, run by the quick start
 * only while it was, and made by a quick start that ran without it. (`npm run check:build`
 * compares the whole output with tsc's.)
 */
const ROOT = resolve(import.meta.dirname, '..');
let dir: string;

/** Runs the server step; returns what it said (on stderr: a line when it built). */
function build(...args: string[]): string {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--server', ...args], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  return result.stderr;
}
/** Runs an ES module in the checkout and returns what it printed as JSON. */
function evaluate(source: string): unknown {
  const file = join(dir, 'probe.mjs');
  writeFileSync(file, `import 'reflect-metadata';\n${source}`);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gis-build-'));
  for (const path of [
    'apps/api',
    'apps/worker',
    'apps/quickstart',
    'apps/cli',
    'libs',
    'scripts/build.mjs',
    'scripts/decorators-runtime.js',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ]) {
    cpSync(join(ROOT, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, 'libs/core/src/build-probe-kinds.ts'),
    `export enum Colour { RED = 'RED', GREEN = 'GREEN' }\nexport enum Level { LOW, HIGH }\nexport enum Mixed { A = 'A', B = 1 }\n`,
  );
  writeFileSync(
    join(dir, 'libs/core/src/build-probe.ts'),
    [
      `import { Injectable } from '@nestjs/common';`,
      `import { Colour, Level, Mixed } from './build-probe-kinds.js';`,
      `const mark = (): PropertyDecorator => () => undefined;`,
      `export class Dependency { value = 42; }`,
      `class Base { assigned: string[] = []; set viaSetter(v: number) { this.assigned.push('setter:' + v); } }`,
      `@Injectable()`,
      `export class Probe extends Base {`,
      `  @mark() colour: Colour;`,
      `  @mark() level: Level;`,
      `  @mark() mixed: Mixed;`,
      `  @mark() when: Date;`,
      `  readonly copied = this.dependency.value;`,
      `  withoutInitialiser: number;`,
      `  viaSetter = 7;`,
      `  constructor(private readonly dependency: Dependency, colour: Colour) { super(); }`,
      `}`,
    ].join('\n'),
  );
  expect(build()).toMatch(/^build: server in \d+ ms/);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('records the design types tsc recorded: an enum of another file as String or Number, a class as itself', () => {
  expect(
    evaluate(`
      const { Probe, Dependency } = await import('./dist/libs/core/src/build-probe.js');
      const type = (key) => Reflect.getMetadata('design:type', Probe.prototype, key)?.name;
      console.log(JSON.stringify({
        colour: type('colour'), level: type('level'), mixed: type('mixed'), when: type('when'),
        constructor: Reflect.getMetadata('design:paramtypes', Probe).map((t) => t.name),
        dependencyIsTheClass: Reflect.getMetadata('design:paramtypes', Probe)[0] === Dependency,
      }));
    `),
  ).toEqual({ colour: 'String', level: 'Number', mixed: 'Object', when: 'Date', constructor: ['Dependency', 'String'], dependencyIsTheClass: true });
});

it('initialises class fields as tsc did with useDefineForClassFields false: after parameter properties, by assignment, none without initialiser', () => {
  expect(
    evaluate(`
      const { Probe, Dependency } = await import('./dist/libs/core/src/build-probe.js');
      const probe = new Probe(new Dependency(), 'RED');
      console.log(JSON.stringify({ copied: probe.copied, assigned: probe.assigned, ownViaSetter: Object.hasOwn(probe, 'viaSetter'), hasWithout: 'withoutInitialiser' in probe }));
    `),
  ).toEqual({ copied: 42, assigned: ['setter:7'], ownViaSetter: false, hasWithout: false });
});

it('builds again only when an input changed, and removes the output of a source that is gone', () => {
  const output = join(dir, 'dist/libs/core/src/build-probe-kinds.js');
  const before = statSync(output).mtimeMs;
  expect(build('--changed')).toBe('');
  expect(statSync(output).mtimeMs).toBe(before);

  rmSync(join(dir, 'libs/core/src/build-probe-kinds.ts'));
  writeFileSync(join(dir, 'libs/core/src/build-probe.ts'), 'export const probe = 1;\n');
  expect(build('--changed')).toMatch(/^build: server in/);
  expect(existsSync(output)).toBe(false);
  expect(existsSync(`${output}.map`)).toBe(false);
  expect(readFileSync(join(dir, 'dist/libs/core/src/build-probe.js'), 'utf8')).toContain('export const probe = 1;');
});

it('makes the start bundle from dist/, which the quick start runs only while it was made from this very build', () => {
  const bundled = spawnSync(process.execPath, ['scripts/build.mjs', '--bundle', '--changed'], { cwd: dir, encoding: 'utf8' });
  expect(bundled.stderr).toMatch(/^build: bundle in \d+ ms/);
  const stamp = (step: string) => readFileSync(join(dir, `dist/.build/${step}`), 'utf8');
  expect(stamp('bundle')).toBe(stamp('server'));
  expect(spawnSync(process.execPath, ['scripts/build.mjs', '--bundle', '--changed'], { cwd: dir, encoding: 'utf8' }).stderr).toBe('');

  // Which files run: the stack of a start that stops early (Redis unreachable, printed at debug) names them.
  const failedStart = () =>
    spawnSync(process.execPath, ['dist/apps/quickstart/src/main.js'], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'development',
        LOG_LEVEL: 'debug',
        DATABASE_URL: 'postgres://127.0.0.1:1/none',
        REDIS_URL: 'redis://127.0.0.1:1',
        JWT_SECRET: 'a-secret-of-the-length-the-config-asks-for-0123456789',
      },
    }).stderr;
  expect(failedStart()).toMatch(/Redis is not reachable[\s\S]*at assertRedisReachable \(file:\S+\/dist\/start\/[\w-]+\.js:/);

  writeFileSync(join(dir, 'libs/core/src/build-probe.ts'), 'export const probe = 2;\n');
  expect(build('--changed')).toMatch(/^build: server in/);
  expect(existsSync(join(dir, 'dist/.build/bundle'))).toBe(false);
  const unbundled = failedStart();
  expect(unbundled).toMatch(/at assertRedisReachable \(file:\S+\/dist\/libs\/core\/src\/queue\/redis\.js:/);
  expect(unbundled).not.toContain('dist/start/');
}, 60_000);

it('the quick start, run from the files of dist/, makes the bundle for the next start once it is ready', async () => {
  const stamp = (step: string) => (existsSync(join(dir, `dist/.build/${step}`)) ? readFileSync(join(dir, `dist/.build/${step}`), 'utf8') : null);
  expect(stamp('bundle')).toBeNull(); // set aside by the rebuild of the test before
  const db = await createTestDatabase();
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, ['dist/apps/quickstart/src/main.js'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `${queuePrefixBase()}-build`,
      JWT_SECRET: TEST_JWT_SECRET,
    },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const running = () => {
    if (child.exitCode !== null) throw new Error(`the quick start exited: ${output}`);
  };
  try {
    await waitFor(
      () => `the quick start to be ready: ${output}`,
      async () => {
        running();
        return fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        );
      },
      60_000,
    );
    await waitFor(
      () => `the start bundle: ${output}`,
      async () => (running(), stamp('bundle') !== null),
      60_000,
    );
    expect(stamp('bundle')).toBe(stamp('server'));
    expect(output).toMatch(/build: bundle in \d+ ms/);
  } finally {
    const exited = new Promise((done) => child.once('close', done));
    child.kill('SIGTERM');
    await exited;
    await dropDatabase(db.name);
  }
}, 150_000);
