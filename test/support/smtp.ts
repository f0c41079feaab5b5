import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process (smtp-server): it receives what the worker sends over
 * SMTP and parses it (mailparser). `refuse(n)` makes it refuse the next n messages with a 451, as
 * a mail server under trouble would.
 */
export class TestSmtpServer {
  readonly received: ParsedMail[] = [];
  private refusals = 0;
  private refusingAll = false;
  private server: SMTPServer;
  private port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (this.refusingAll || this.refusals > 0) {
            this.refusals = Math.max(0, this.refusals - 1);
            const error = Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 });
            callback(error);
            return;
          }
          simpleParser(Buffer.concat(chunks))
            .then((mail) => {
              this.received.push(mail);
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return this.url;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses the next `n` messages. */
  refuse(n: number): void {
    this.refusals = n;
  }

  /** Refuses every message until `accept()`. */
  refuseAll(): void {
    this.refusingAll = true;
  }

  accept(): void {
    this.refusingAll = false;
    this.refusals = 0;
  }

  /** Messages sent to `address`. */
  to(address: string): ParsedMail[] {
    return this.received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.value.some((v) => v.address === address)));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
