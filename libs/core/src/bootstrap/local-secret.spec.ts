import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { ensureJwtSecret, localJwtSecretFile, readOrCreateLocalSecret } from './local-secret.js';

const quiet = () => {
  const lines: string[] = [];
  return { lines, log: (m: string) => lines.push(m), warn: (m: string) => lines.push(`WARN ${m}`) };
};

describe('the JWT secret generated outside production', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'gis-secret-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A development configuration without JWT_SECRET whose embedded database lives in `dir`. */
  const developmentConfig = (dir: string, env: Record<string, string> = {}) =>
    loadConfig({ NODE_ENV: 'development', EMBEDDED_PG_DIR: join(dir, 'postgres'), ...env });

  it('is kept beside the embedded database: a new random one on the first start, the same one on the next', async () => {
    const first = developmentConfig(join(root, 'data'));
    const logger = quiet();
    await ensureJwtSecret(first, logger);
    const file = join(root, 'data', 'jwt-secret');
    expect(localJwtSecretFile(first.EMBEDDED_PG_DIR)).toBe(file);
    expect(first.jwtSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.jwtSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(logger.lines.join('\n')).toContain(`generated a secret in ${file}`);
    expect(logger.lines.join('\n')).not.toContain(first.jwtSecret);

    const second = developmentConfig(join(root, 'data'));
    await ensureJwtSecret(second, quiet());
    expect(second.jwtSecret).toBe(first.jwtSecret);
    // Nothing left over beside it.
    expect(readdirSync(join(root, 'data'))).toEqual(['jwt-secret']);
  });

  it('differs from one data directory to another, and is the same with or without DATABASE_URL', async () => {
    const a = developmentConfig(join(root, 'a'));
    const b = developmentConfig(join(root, 'b'));
    const withServer = developmentConfig(join(root, 'a'), { DATABASE_URL: 'postgres://gis@127.0.0.1:5432/gis' });
    for (const config of [a, b, withServer]) await ensureJwtSecret(config, quiet());
    expect(a.jwtSecret).not.toBe(b.jwtSecret);
    expect(withServer.jwtSecret).toBe(a.jwtSecret);
  });

  it('is one secret for processes that start together', async () => {
    const file = join(root, 'together', 'jwt-secret');
    const results = await Promise.all(Array.from({ length: 20 }, () => readOrCreateLocalSecret(file)));
    expect(new Set(results.map((r) => r.secret)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(readFileSync(file, 'utf8').trim()).toBe(results[0].secret);
    expect(readdirSync(join(root, 'together'))).toEqual(['jwt-secret']);
  });

  it('leaves a JWT_SECRET that is set alone, and writes nothing', async () => {
    const config = developmentConfig(join(root, 'set'), { JWT_SECRET: 'a-secret-of-my-own-that-is-long-enough' });
    await ensureJwtSecret(config, quiet());
    expect(config.jwtSecret).toBe('a-secret-of-my-own-that-is-long-enough');
    expect(existsSync(join(root, 'set'))).toBe(false);
  });

  it('refuses a kept file that holds no real secret, and warns about one others can read', async () => {
    const file = join(root, 'jwt-secret');
    writeFileSync(file, 'short\n');
    await expect(readOrCreateLocalSecret(file)).rejects.toThrow(/does not hold a secret of 32\+ characters/);
    writeFileSync(file, `${'x'.repeat(40)}\n`);
    chmodSync(file, 0o644);
    const logger = quiet();
    const config = developmentConfig(root);
    await ensureJwtSecret(config, logger);
    expect(config.jwtSecret).toBe('x'.repeat(40));
    expect(logger.lines.join('\n')).toMatch(/WARN .*chmod 600/);
  });

  it('is never generated in production, where JWT_SECRET is required', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://gis@db/gis', EMBEDDED_PG_DIR: join(root, 'pg') })).toThrow(
      /JWT_SECRET must be set to a secret of your own/,
    );
    expect(existsSync(join(root, 'jwt-secret'))).toBe(false);
  });
});
