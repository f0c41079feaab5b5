import { createServer, type Server } from 'node:http';
import { TestSmtpServer } from '../../../../test/support/smtp';
import { mailSinkUrl } from './env';

/** A mail as a test reads it. */
export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/**
 * The SMTP server the worker sends to (the integration tests' own, test/support/smtp.ts), in
 * Playwright's runner process; the tests run in other processes, so it shows what it received
 * on a small local HTTP endpoint: `GET /mails?to=<address>`.
 */
export class MailSink {
  private readonly smtp = new TestSmtpServer();
  private readonly http: Server;

  constructor() {
    this.http = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/mails') {
        response.writeHead(404).end();
        return;
      }
      const to = url.searchParams.get('to');
      const mails = to ? this.smtp.to(to) : this.smtp.received;
      const body: SunkMail[] = mails.map((m) => ({
        to: (Array.isArray(m.to) ? m.to : [m.to]).flatMap((t) => t?.value.map((v) => v.address ?? '') ?? []),
        subject: m.subject ?? '',
        text: m.text ?? '',
        html: typeof m.html === 'string' ? m.html : '',
      }));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  }

  /** Starts both servers; returns the SMTP URL for the worker and the HTTP URL for the tests. */
  async start(): Promise<{ smtpUrl: string; httpUrl: string }> {
    const smtpUrl = await this.smtp.start();
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    const { port } = this.http.address() as { port: number };
    return { smtpUrl, httpUrl: `http://127.0.0.1:${port}/mails` };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
    await this.smtp.stop();
  }
}

/** Waits for the first mail to `address` that `accept` takes (from a test's process). */
export async function mailTo(address: string, accept: (mail: SunkMail) => boolean = () => true, timeoutMs = 20_000): Promise<SunkMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${mailSinkUrl()}?to=${encodeURIComponent(address)}`)).json()) as SunkMail[];
    const found = mails.find(accept);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no e-mail to ${address} arrived within ${timeoutMs} ms`);
}
