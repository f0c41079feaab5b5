import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import type { BootLogger } from '../database/embedded-postgres.js';

/** The file, beside the embedded database's data directory, that keeps a generated JWT secret. */
export const LOCAL_JWT_SECRET_FILE = 'jwt-secret';

const MIN_LENGTH = 32;

export interface LocalSecret {
  secret: string;
  file: string;
  /** This call wrote the file (no process had before). */
  created: boolean;
  /** Others than the owner may read the file (a copy made carelessly): worth a warning. */
  readableByOthers: boolean;
}

/**
 * Where a process outside production keeps the JWT secret it generates when JWT_SECRET is unset:
 * beside the embedded PostgreSQL's data (`./.data/jwt-secret` by default). The directory is the
 * same whether or not DATABASE_URL is set, so the api, the worker and the CLI of one checkout
 * find the same secret.
 */
export function localJwtSecretFile(embeddedPgDir: string): string {
  return join(dirname(resolve(embeddedPgDir)), LOCAL_JWT_SECRET_FILE);
}

/**
 * Gives the configuration a JWT secret when JWT_SECRET is unset (loadConfig refuses that in
 * production): the one kept for this checkout, generated on the first start. Never a value known
 * from the source, so a quick-start instance cannot be taken over with a forged token.
 */
export async function ensureJwtSecret(config: AppConfig, logger: BootLogger): Promise<void> {
  if (config.JWT_SECRET) return;
  if (config.isProduction) throw new Error('JWT_SECRET must be set in production');
  const local = await readOrCreateLocalSecret(localJwtSecretFile(config.EMBEDDED_PG_DIR));
  config.JWT_SECRET = local.secret;
  logger.log(
    local.created
      ? `JWT_SECRET is not set: generated a secret in ${local.file}, kept for later starts (production needs JWT_SECRET)`
      : `JWT_SECRET is not set: using the secret generated in ${local.file}`,
  );
  if (local.readableByOthers) logger.warn(`${local.file} can be read by other users of this machine; make it private (chmod 600).`);
}

/**
 * The secret kept in `file`, generated (256 random bits, mode 0600) the first time. Processes that
 * start together agree on one: each writes its candidate to a temporary file and links it into
 * place, which fails for all but the first (EEXIST), and they read the winner's. The file is
 * never seen half written.
 */
export async function readOrCreateLocalSecret(file: string): Promise<LocalSecret> {
  const existing = await readSecret(file);
  if (existing) return existing;
  await mkdir(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  const candidate = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(candidate, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(candidate, file);
    return { secret, file, created: true, readableByOthers: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readSecret(file);
    if (!winner) throw new Error(`${file} vanished while being created; start again`);
    return winner;
  } finally {
    await unlink(candidate).catch(() => undefined);
  }
}

async function readSecret(file: string): Promise<LocalSecret | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const secret = text.trim();
  if (secret.length < MIN_LENGTH) {
    throw new Error(
      `${file} does not hold a secret of ${MIN_LENGTH}+ characters. Delete it to have a new one generated ` +
        `(sessions and invitation links signed with the old one stop working), or set JWT_SECRET.`,
    );
  }
  const readableByOthers = process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0;
  return { secret, file, created: false, readableByOthers };
}
