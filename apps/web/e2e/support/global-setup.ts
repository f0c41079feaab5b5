import { createFixtures } from './api';
import { publishFixtures, publishMailSinkUrl } from './env';
import { MailSink } from './mail-sink';
import { startServer } from './server';

/**
 * Once per run: an SMTP sink, the built api with its worker on a database of its own, and the
 * records the pages under test show. Returns the teardown: the server stops, its database is
 * dropped and its queue keys deleted.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const started = Date.now();
  const mail = new MailSink();
  const { smtpUrl, httpUrl } = await mail.start();
  publishMailSinkUrl(httpUrl);
  const server = await startServer({ SMTP_URL: smtpUrl }).catch(async (error: unknown) => {
    await mail.stop();
    throw error;
  });
  try {
    const ready = Date.now();
    publishFixtures(await createFixtures());
    console.log(`browser tests: api ready in ${ready - started} ms, records made in ${Date.now() - ready} ms`);
  } catch (error) {
    await server.stop();
    await mail.stop();
    throw error;
  }
  return async () => {
    await server.stop();
    await mail.stop();
  };
}
