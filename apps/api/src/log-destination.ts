import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import pino from 'pino';

/**
 * The api's log lines go to stdout asynchronously (sonic-boom, sync: false): a request does not
 * wait for the write. Whatever is still buffered is written out when the application shuts down.
 */
export const LOG_DESTINATION = pino.destination({ dest: 1, sync: false });

@Injectable()
export class LogFlusher implements OnApplicationShutdown {
  onApplicationShutdown(): void {
    try {
      LOG_DESTINATION.flushSync();
    } catch {
      // Not yet open (nothing written): nothing to flush.
    }
  }
}
