import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * scripts/build.mjs, the server step, in a checkout of its own: what the compiled code does where
 * tsc's output did something a file-by-file transpiler could get wrong (design types of enums
 * from other files, class fields as `useDefineForClassFields: false`), and the skipping of a step
 * whose inputs did not change. (`npm run check:build` compares the whole output with tsc's.)
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
