// Compares the build (scripts/build.mjs: Oxc) with what tsc emits for the same code
// (tsconfig.build.json), where it matters at run time: the decorators' metadata that every
// decorated class records (Reflect.metadata: design:type, design:paramtypes, design:returntype)
// and TypeORM's entity metadata (tables, columns with their resolved types, relations). Loads every
// compiled module of each output in a process of its own. Prints the differences and a JSON
// summary; exits 1 when TypeORM's metadata differ or a module fails to load in one output only.
//   node scripts/check-build.mjs          (after `npm run build`; runs tsc, about 20 s)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

if (process.argv[2] === '--dump') {
  // Child: load every module under <dir>/dist and print what their decorators recorded.
  const dir = process.argv[3];
  const { createRequire } = await import('node:module');
  const require = createRequire(join(dir, 'package.json'));
  require('reflect-metadata');
  const recorded = [];
  const nameOf = (v) =>
    Array.isArray(v)
      ? `[${v.map(nameOf).join(', ')}]`
      : typeof v === 'function'
        ? v.name || '(anonymous)'
        : v && typeof v === 'object'
          ? `{${Object.keys(v)}}`
          : String(v);
  const metadata = Reflect.metadata;
  Reflect.metadata = (key, value) => {
    const decorator = metadata(key, value);
    return (target, property, ...rest) => {
      const owner = typeof target === 'function' ? target.name : `${target.constructor.name}#`;
      recorded.push(`metadata ${owner}.${String(property ?? '')} ${key} = ${nameOf(value)}`);
      return decorator(target, property, ...rest);
    };
  };
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const modules = walk(join(dir, 'dist')).filter(
    (f) => f.endsWith('.js') && !/\/(main|run)\.js$/.test(f) && !['/dist/web/', '/dist/runtime/', '/dist/start/'].some((d) => f.includes(d)),
  );
  for (const file of modules.sort()) {
    try {
      await import(file);
    } catch (error) {
      recorded.push(`load-failure ${file.slice(dir.length)}: ${error.message}`);
    }
  }
  const { getMetadataArgsStorage } = require('typeorm');
  const storage = getMetadataArgsStorage();
  const name = (t) => (typeof t === 'function' ? t.name : String(t));
  const options = (o) => JSON.stringify(o, (_, v) => (typeof v === 'function' ? `function ${v.name}` : v));
  for (const t of storage.tables) recorded.push(`typeorm table ${name(t.target)} ${t.name}`);
  for (const c of storage.columns) recorded.push(`typeorm column ${name(c.target)}.${c.propertyName} ${c.mode} ${options(c.options)}`);
  for (const r of storage.relations)
    recorded.push(
      `typeorm relation ${name(r.target)}.${r.propertyName} ${r.relationType} ${typeof r.type === 'function' ? r.type.name || name(r.type()) : r.type}`,
    );
  process.stdout.write(recorded.sort().join('\n'));
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'gis-check-build-'));
try {
  const outputs = { tsc: join(work, 'tsc'), oxc: join(work, 'oxc') };
  for (const dir of Object.values(outputs)) {
    cpSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  // tsc resolves `#libs/*` through package.json to dist/ and back to the sources by its outDir:
  // written elsewhere, it is told where the sources are. (The config sits under the checkout so that
  // the types in node_modules/@types are found from it.)
  const config = join(root, 'dist', '.check-build.tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.build.json'),
      compilerOptions: {
        rootDir: root,
        outDir: join(outputs.tsc, 'dist'),
        tsBuildInfoFile: join(work, 'tsbuildinfo'),
        paths: { '#libs/*': [join(root, 'libs/*/src/index.ts')] },
      },
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', config], { cwd: root, stdio: 'inherit' });
  } finally {
    rmSync(config);
  }
  for (const [from, to] of [['libs/open-data/src/iati/schema', 'dist/libs/open-data/src/iati/schema']])
    cpSync(join(root, from), join(outputs.tsc, to), { recursive: true });
  cpSync(join(root, 'dist'), join(outputs.oxc, 'dist'), {
    recursive: true,
    filter: (p) => !p.startsWith(join(root, 'dist/web')) && !p.startsWith(join(root, 'dist/start')),
  });
  const dump = (dir) =>
    new Set(execFileSync(process.execPath, [import.meta.filename, '--dump', dir], { cwd: dir, maxBuffer: 64 << 20, encoding: 'utf8' }).split('\n'));
  const [tsc, oxc] = [dump(outputs.tsc), dump(outputs.oxc)];
  const onlyTsc = [...tsc].filter((l) => !oxc.has(l));
  const onlyOxc = [...oxc].filter((l) => !tsc.has(l));
  for (const line of onlyTsc) console.log(`tsc  ${line}`);
  for (const line of onlyOxc) console.log(`oxc  ${line}`);
  const count = (lines, prefix) => lines.filter((l) => l.startsWith(prefix)).length;
  const summary = {
    check: 'build',
    recorded: tsc.size,
    metadata_differences: count(onlyOxc, 'metadata '),
    typeorm_differences: count(onlyTsc, 'typeorm ') + count(onlyOxc, 'typeorm '),
    load_failures_tsc: count([...tsc], 'load-failure '),
    load_failures_oxc: count([...oxc], 'load-failure '),
  };
  console.log(JSON.stringify(summary));
  if (summary.typeorm_differences || count(onlyTsc, 'load-failure ') || count(onlyOxc, 'load-failure ')) process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
