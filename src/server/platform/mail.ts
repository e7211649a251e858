import nodemailer from 'nodemailer';
import type { Config } from './config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
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
