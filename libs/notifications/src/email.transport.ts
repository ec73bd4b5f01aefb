import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mail goes. SMTP when `SMTP_URL` is set; otherwise no e-mail is written to the outbox at all. */
export abstract class EmailTransport {
  abstract send(message: EmailMessage): Promise<void>;
}

@Injectable()
export class SmtpEmailTransport extends EmailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Email');
  private transporter?: Transporter;
  private readonly from: string;

  constructor(private readonly config: AppConfig) {
    super();
    this.from = `集聚区创作者服务台 <${senderAddress(config.SMTP_URL)}>`;
  }

  async send(message: EmailMessage): Promise<void> {
    if (!this.config.SMTP_URL) throw new Error('e-mail is not configured (SMTP_URL is empty)');
    this.transporter ??= createTransport(this.config.SMTP_URL);
    await this.transporter.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
    this.logger.debug(`sent "${message.subject}"`);
  }

  onApplicationShutdown(): void {
    this.transporter?.close();
  }
}

/** The SMTP login when it is an address (the usual case with a mail provider), else a no-reply one. */
function senderAddress(smtpUrl: string): string {
  try {
    const user = decodeURIComponent(new URL(smtpUrl).username);
    if (/^[^@\s]+@[^@\s]+$/.test(user)) return user;
  } catch {
    // fall through
  }
  return 'no-reply@creator-desk.local';
}
