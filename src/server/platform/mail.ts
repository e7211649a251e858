import nodemailer from 'nodemailer';
import type { Config } from './config';

export interface MailAttachment {
  filename: string;
  /** e.g. `text/calendar; charset=utf-8; method=REQUEST` for a meeting invitation. */
  contentType: string;
  content: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Sends over SMTP; without SMTP configured the mail stays in the outbox (development mailbox). */
  send(mail: OutgoingMail): Promise<'sent' | 'kept'>;
}

export function createMailer(config: Pick<Config, 'SMTP_URL' | 'MAIL_FROM'>): Mailer {
  if (!config.SMTP_URL) return { send: async () => 'kept' };
  const transport = nodemailer.createTransport(config.SMTP_URL);
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.MAIL_FROM, ...mail });
      return 'sent';
    },
  };
}
