import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig, redactUrl } from '#libs/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

/**
 * Sends e-mail through SMTP_URL with nodemailer. Without it (development), each mail is written
 * to the log instead, and the start says so once.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL, { from: config.MAIL_FROM }) : null;
  }

  /** Says once, at start, where mail goes. */
  announce(): void {
    if (this.transport) this.logger.log(`e-mail is sent through ${redactUrl(this.config.SMTP_URL!)}`);
    else this.logger.warn('SMTP_URL is not set: e-mails are written to this log instead of being sent');
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) {
      this.logger.log(`e-mail (not sent: no SMTP_URL) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return;
    }
    await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
