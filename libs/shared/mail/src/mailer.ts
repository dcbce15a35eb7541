import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { Transporter, createTransport } from 'nodemailer';
import { AppConfig, APP_CONFIG } from '@qcdc/shared/config';
import { MailContent } from './templates';

export interface OutgoingMail extends MailContent {
  to: string;
}

/**
 * A refusal no retry can cure: the SMTP server answered 5xx (no such mailbox, message refused) or nodemailer
 * found the envelope unusable. Anything else (the server away, a timeout, a 4xx "try later", even on a recipient) may pass on a later try.
 */
export function isPermanentMailFailure(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  // A 4xx ("try later", greylisting) is never permanent, even when nodemailer reports it as EENVELOPE (every recipient refused).
  if (typeof e?.responseCode === 'number' && e.responseCode >= 400 && e.responseCode < 500) return false;
  return (typeof e?.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600) || e?.code === 'EENVELOPE';
}

/**
 * Sends mail over SMTP (SMTP_URL, from MAIL_FROM) with nodemailer. Used by the worker's consumers, never
 * inside a transaction that may roll back: a service publishes an event, the mail consumer sends.
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport(config.mail.smtpUrl, { from: config.mail.from });
  }

  /** Sends one message; resolves with the server's message id. Throws what the server or the line said. */
  async send(mail: OutgoingMail): Promise<string> {
    const info = await this.transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      textEncoding: 'base64',
    });
    return String(info.messageId);
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
