import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForWebBuild } from './web-app.js';

/** `npm start` builds the web app beside the api's start; the api waits for it through `<webRoot>.building`. */
describe('waitForWebBuild', () => {
  let dir: string;
  let webRoot: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gis-web-lock-'));
    webRoot = join(dir, 'web');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** From before the call: waitForWebBuild reads its own clock as it is called. */
  const timed = async (wait: () => Promise<void>): Promise<number> => {
    const started = Date.now();
    await wait();
    return Date.now() - started;
  };

  it('returns at once when no build is running', async () => {
    expect(await timed(() => waitForWebBuild(webRoot))).toBeLessThan(250);
  });

  it('waits while the building process holds the file, and returns when the file goes', async () => {
    writeFileSync(`${webRoot}.building`, String(process.pid));
    setTimeout(() => rmSync(`${webRoot}.building`), 400);
    const waited = await timed(() => waitForWebBuild(webRoot));
    expect(waited).toBeGreaterThanOrEqual(350);
    expect(waited).toBeLessThan(2_000);
  });

  it('does not wait for a build whose process is gone (stopped half-way), nor longer than its limit', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((done) => child.on('exit', done));
    writeFileSync(`${webRoot}.building`, String(child.pid));
    expect(await timed(() => waitForWebBuild(webRoot))).toBeLessThan(250);

    writeFileSync(`${webRoot}.building`, String(process.pid));
    const waited = await timed(() => waitForWebBuild(webRoot, 300));
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(1_000);
  });
});
