// Writes docs/screenshots/*.png (needs-en, needs-ar, needs-zh, need-fr, proposal-en, inbox-ar;
// 1280×800, the viewport only) from the built app, with the same server as the browser tests:
// the api and its worker on a database of their own, demo data, Debian's chromium
// (CHROMIUM_PATH to use another). `npm run web:screenshots` builds first.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const playwright = fileURLToPath(new URL('../node_modules/@playwright/test/cli.js', import.meta.url));
const run = spawnSync(process.execPath, [playwright, 'test', '--config', 'apps/web/e2e/screenshots.config.ts'], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
