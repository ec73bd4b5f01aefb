import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { PgListener } from '@app/database';
import { LiveSessionCache } from './live-session-cache';

/** Live sessions remembered per process; past this the memory starts again from nothing. */
const MAX_REMEMBERED = 100_000;

/**
 * The session check's memory in this process, fed by the database's `session_changed`
 * notifications. A remembered answer stands only after `caughtUp`: a round trip on the listening
 * connection, shared by the requests that arrive meanwhile, after which every change committed
 * before the request (by this process, another one, or by hand in SQL) has been forgotten. The
 * listening connection opens on first use, so a process that checks no session (the worker)
 * holds none.
 */
@Injectable()
export class SessionChanges implements OnModuleDestroy {
  private readonly cache: LiveSessionCache;
  private readonly listener: PgListener;
  private readonly enabled: boolean;

  constructor(config: AppConfig) {
    this.cache = new LiveSessionCache(config.SESSION_CHECK_CACHE_SECONDS * 1000, MAX_REMEMBERED);
    this.listener = new PgListener(config.DATABASE_URL, 'session_changed', {
      listening: () => this.cache.opened(),
      notified: (userId) => this.cache.changed(userId),
      lost: () => this.cache.closed(),
    });
    this.enabled = config.SESSION_CHECK_CACHE_SECONDS > 0;
  }

  get memory(): LiveSessionCache {
    if (this.enabled) this.listener.start();
    return this.cache;
  }

  /** False when notifications may have been missed (the memory is then empty anyway). */
  caughtUp(): Promise<boolean> {
    return this.listener.sync();
  }

  onModuleDestroy(): Promise<void> {
    return this.listener.stop();
  }
}
