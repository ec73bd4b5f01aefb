import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { CASE_TIMERS_QUEUE, OFFLINE_TIMERS_QUEUE, SLA_SWEEP_QUEUE, SLA_TIMERS_QUEUE } from './queues';

const POLL_MS = 200;
const BATCH = 500;

interface OutboxRow {
  id: string;
  queue: string;
  name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date;
}

/**
 * Moves jobs from `job_outbox` (written in the transaction of the change) to Bull, then deletes
 * them: at-least-once, and a job id repeated is ignored by Bull. Rows are claimed with SKIP
 * LOCKED so several workers share the work; while Redis is down the rows simply wait.
 */
@Injectable()
export class JobOutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('JobOutbox');
  private readonly queues: Map<string, Queue>;
  private stopped = false;
  private loop?: Promise<void>;
  private wake?: AbortController;

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(SLA_TIMERS_QUEUE) timers: Queue,
    @InjectQueue(SLA_SWEEP_QUEUE) sweep: Queue,
    @InjectQueue(CASE_TIMERS_QUEUE) caseTimers: Queue,
    @InjectQueue(OFFLINE_TIMERS_QUEUE) offlineTimers: Queue,
  ) {
    this.queues = new Map([
      [SLA_TIMERS_QUEUE, timers],
      [SLA_SWEEP_QUEUE, sweep],
      [CASE_TIMERS_QUEUE, caseTimers],
      [OFFLINE_TIMERS_QUEUE, offlineTimers],
    ]);
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
        await sleep(failures ? Math.min(5000, POLL_MS * 2 ** failures) : POLL_MS, undefined, { signal: this.wake.signal }).catch(() => undefined);
      }
    }
  }

  /** Hands one batch to Bull; returns how many jobs it moved. */
  async dispatchOnce(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
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
        await queue.addBulk(
          jobs.map((j) => ({ name: j.name, data: j.payload, opts: { jobId: j.job_id, delay: Math.max(0, new Date(j.run_at).getTime() - now) } })),
        );
      }
      await m.query(`DELETE FROM job_outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}
