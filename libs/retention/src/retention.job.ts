import { RETENTION_QUEUE, sweepJob } from '@app/jobs';
import { RetentionService } from './retention.service';

/**
 * The retention purge as a repeatable Bull job, every six hours: Bull runs each repetition on
 * one worker, and the purge's batches skip cases another run has locked.
 */
export class RetentionJob extends sweepJob({
  queue: RETENTION_QUEUE,
  name: 'retention-purge',
  everyMs: 6 * 3600_000,
  uses: RetentionService,
  run: async (retention) => ({ purged: await retention.purgeDue(new Date()) }),
}) {}
