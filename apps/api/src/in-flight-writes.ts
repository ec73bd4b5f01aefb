import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { driverPool } from '@app/database';

/** Methods that change nothing; a stop need not wait for them (and a live event stream never ends). */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Lets a stop (SIGTERM on a deploy) finish what users have submitted. Nest closes the HTTP server
 * and then the database pool, but a handler whose client has hung up has no connection left to
 * wait for, so its transaction would be cut off midway, and its pooled connection handed to
 * another query while still open. Before that, this stops taking requests, waits until every
 * write request has been answered (written or not: the client may be gone) and the pool is
 * idle, for at most SHUTDOWN_GRACE_SECONDS.
 */
@Injectable()
export class InFlightWrites implements BeforeApplicationShutdown {
  private readonly logger = new Logger('InFlightWrites');
  private readonly open = new Set<Response>();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Express middleware: tracks each write request until its answer has been ended. */
  readonly track = (req: Request, res: Response, next: NextFunction): void => {
    if (READS.has(req.method)) return next();
    this.open.add(res);
    // `prefinish` comes when the answer is ended, also after its client hung up (`finish` then never does).
    res.once('prefinish', () => this.open.delete(res));
    next();
  };

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (server?.listening) server.close();
    const deadline = Date.now() + this.config.SHUTDOWN_GRACE_SECONDS * 1000;
    const pool = driverPool(this.dataSource);
    const busy = () => this.open.size > 0 || (!!pool && (pool.totalCount > pool.idleCount || pool.waitingCount > 0));
    while (busy() && Date.now() < deadline) await new Promise((tick) => setTimeout(tick, 20));
    if (busy()) {
      const connections = pool ? `, ${pool.totalCount - pool.idleCount} of ${pool.totalCount} pool connections in use, ${pool.waitingCount} waiting` : '';
      this.logger.warn(`stopping with ${this.open.size} write requests unanswered${connections} after ${this.config.SHUTDOWN_GRACE_SECONDS} s`);
    }
  }
}
