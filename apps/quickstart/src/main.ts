import { spawn, type SpawnOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The quick start (`npm start`): runs ./run.js, from the start bundle (dist/start, see "The start
 * bundle" in scripts/build.mjs) when that was made from this very build, else from the files of
 * dist/; then, once ready, makes the bundle for the next start.
 */
const stamp = (step: string): string | null => {
  try {
    return readFileSync(new URL(`../../../.build/${step}`, import.meta.url), 'utf8');
  } catch {
    return null;
  }
};
const server = stamp('server');
const bundled = server !== null && stamp('bundle') === server;
const { started } = (await import(bundled ? '../../../start/quickstart.js' : './run.js')) as { started: Promise<void> };
if (server !== null && !bundled) {
  await started;
  // In a process of its own, every thread at the lowest priority (`nice`): this one goes on serving.
  const build = [process.execPath, fileURLToPath(new URL('../../../../scripts/build.mjs', import.meta.url)), '--changed', '--bundle'];
  const options: SpawnOptions = { stdio: ['ignore', 'ignore', 'inherit'], detached: true };
  const child = process.platform === 'win32' ? spawn(build[0], build.slice(1), options) : spawn('nice', ['-n', '19', ...build], options);
  child.on('error', () => {}); // no bundle: the next start runs the files of dist/ again
  child.unref();
}
