import { EntityManager } from 'typeorm';
import type { OutboxJob } from './queues';

/** Writes jobs in the caller's transaction; the worker's dispatcher hands them to Bull after commit. */
export async function enqueueJobs(m: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (!jobs.length) return;
  await m.query(
    `INSERT INTO job_outbox (queue, name, job_id, payload, run_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
    [jobs.map((j) => j.queue), jobs.map((j) => j.name), jobs.map((j) => j.jobId), jobs.map((j) => JSON.stringify(j.payload)), jobs.map((j) => j.runAt)],
  );
}
