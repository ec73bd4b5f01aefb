import { Injectable, Logger } from '@nestjs/common';
import { maskPhone } from '@app/pii';

export interface SmsMessage {
  to: string;
  text: string;
}

/** Where SMS go. A carrier gateway implements this; the default writes each message to the log. */
export abstract class SmsTransport {
  abstract send(message: SmsMessage): Promise<void>;
}

@Injectable()
export class LoggingSmsTransport extends SmsTransport {
  private readonly logger = new Logger('SMS');

  async send(message: SmsMessage): Promise<void> {
    // The log is no place for a phone number: masked like everywhere else.
    this.logger.log(`to ${maskPhone(message.to)}: ${message.text}`);
  }
}
