import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bull';
import { RepeatableJob, RETENTION_QUEUE } from '@app/jobs';
import { RetentionService } from './retention.service';

const RETENTION_JOB = 'retention-purge';
const EVERY_MS = 6 * 3600_000;

/**
 * The retention purge as a repeatable Bull job, every six hours: Bull runs each repetition on
 * one worker, and the purge's batches skip cases another run has locked.
 */
@Processor(RETENTION_QUEUE)
@Injectable()
export class RetentionJob extends RepeatableJob {
  constructor(
    @InjectQueue(RETENTION_QUEUE) queue: Queue,
    private readonly retention: RetentionService,
  ) {
    super(queue, RETENTION_JOB, EVERY_MS);
  }

  @Process({ name: RETENTION_JOB, concurrency: 1 })
  async handle(): Promise<{ purged: number }> {
    return { purged: await this.retention.purgeDue(new Date()) };
  }
}
