import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The web app served by the api: a small build of its own (index.html, one hashed asset with
 * its gzip copy, a root file), so this checks the serving rules, not Vite.
 */
describe('the web app on the api port', () => {
  let t: TestApp;
  const root = mkdtempSync(join(tmpdir(), 'gis-web-'));
  const html = '<!doctype html><html><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>';
  const js = `console.log(${JSON.stringify('x'.repeat(4000))});`;

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), html);
    writeFileSync(join(root, 'assets', 'index-abc123.js'), js);
    writeFileSync(join(root, 'assets', 'index-abc123.js.gz'), gzipSync(js));
    writeFileSync(join(root, 'robots.txt'), 'User-agent: *\n');
    t = await startTestApp({ demo: false, webRoot: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['/', '/needs', '/needs/8d0e5f0c-2b9e-4d6c-9a57-0c3c6f1e2a11', '/settings/notifications', '/invitations/accept?token=abc.def', '/inbox?unread=1'])(
    'opens the app at %s, never cached',
    async (path) => {
      const response = await fetch(`${t.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.text()).toBe(html);
    },
  );

  it('caches hashed assets for a year, immutably, and serves their gzip copy', async () => {
    const response = await fetch(`${t.url}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toBe(js);
  });

  it('revalidates files that are not hashed', async () => {
    const response = await fetch(`${t.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404, not the app, for a missing asset or file', async () => {
    for (const path of ['/assets/gone-000000.js', '/favicon.ico', '/assets/']) {
      const response = await fetch(`${t.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('never shadows the api: GraphQL, health, unsubscribe pages, the IATI files and the admin dashboard', async () => {
    const graphql = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    const health = await fetch(`${t.url}/health/live`);
    expect(health.headers.get('content-type')).toMatch(/json/);
    const unsubscribe = await fetch(`${t.url}/notifications/unsubscribe?token=bad`);
    expect(await unsubscribe.text()).not.toBe(html);
    const iati = await fetch(`${t.url}/iati/activities.xml`);
    expect(iati.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    // The administrators' pages of the app share /admin/ with the dashboard.
    expect(await (await fetch(`${t.url}/admin/organisations`)).text()).toBe(html);
    for (const path of ['/admin/queues', '/admin/queues/unknown', '/health/unknown', '/graphql/x', '/iati/unknown']) {
      const response = await fetch(`${t.url}${path}`, { redirect: 'manual' });
      expect({ path, html: (await response.text()) === html }).toEqual({ path, html: false });
    }
  });
});
