import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';
import type { OutboxJob } from './queues';

/**
 * The one outbox: every module writes the jobs a change causes here, in the transaction of the
 * change; the worker's relay hands them to Bull after commit. A job exists exactly when its
 * cause was committed.
 */
@Injectable()
export class JobOutbox {
  constructor(private readonly txHost: Tx) {}

  async enqueue(jobs: readonly OutboxJob[]): Promise<void> {
    if (!jobs.length) return;
    await this.txHost.tx.query(
      `INSERT INTO job_outbox (queue, name, job_id, payload, run_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
      [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => j.jobId), jobs.map((j) => JSON.stringify(j.payload)), jobs.map((j) => j.runAt)],
    );
  }
}
