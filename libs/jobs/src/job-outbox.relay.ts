import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { setTimeout as sleep } from 'node:timers/promises';
import { Transactional, Tx } from '@app/database';
import { QUEUE_NAMES } from './queues';

const POLL_MS = 200;
const BATCH = 500;
/** While Redis or PostgreSQL is away, the relay waits this long between tries. */
const RETRY_MS = 2000;

interface OutboxRow {
  id: string;
  queue: string;
  name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date;
}

/**
 * Moves jobs from `job_outbox` to Bull, then deletes them: at-least-once, and a job id repeated
 * is ignored by Bull. Rows are claimed with SKIP LOCKED so several workers share the work; while
 * Redis is down the rows simply wait. The worker's only poller: everything else is a Bull job.
 */
@Injectable()
export class JobOutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobOutbox');
  private readonly queues: Map<string, Queue>;
  private stopped = false;
  private loop?: Promise<void>;
  private wake?: AbortController;

  constructor(
    private readonly txHost: Tx,
    modules: ModuleRef,
  ) {
    this.queues = new Map(QUEUE_NAMES.map((name) => [name, modules.get<Queue>(getQueueToken(name), { strict: false })]));
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake?.abort();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      let handled = 0;
      try {
        handled = await this.dispatchOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1 || failures % 50 === 0) this.logger.warn(`job outbox dispatch failed: ${(error as Error).message}`);
      }
      if (handled < BATCH && !this.stopped) {
        this.wake = new AbortController();
        await sleep(failures ? RETRY_MS : POLL_MS, undefined, { signal: this.wake.signal }).catch(() => undefined);
      }
    }
  }

  /** Hands one batch to Bull; returns how many jobs it moved. */
  @Transactional()
  async dispatchOnce(): Promise<number> {
    const m = this.txHost.tx;
    const rows: OutboxRow[] = await m.query(`SELECT id, queue, name, job_id, payload, run_at FROM job_outbox ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [BATCH]);
    if (!rows.length) return 0;
    const now = Date.now();
    const byQueue = new Map<string, OutboxRow[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [name, jobs] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue) {
        this.logger.error(`job outbox names an unknown queue "${name}"; dropping ${jobs.length} job(s)`);
        continue;
      }
      await queue.addBulk(jobs.map((j) => ({ name: j.name, data: j.payload, opts: { jobId: j.job_id, delay: Math.max(0, new Date(j.run_at).getTime() - now) } })));
    }
    await m.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
    return rows.length;
  }
}
