import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Type } from '@nestjs/common';
import type { Queue } from 'bull';
import type { QueueName } from './queues';
import { RepeatableJob } from './repeatable-job';

/** A repeatable job that runs one service's sweep. */
export interface SweepJobSpec<D, R> {
  queue: QueueName;
  /** The job name, also its fixed job id. */
  name: string;
  everyMs: number;
  /** The one provider the sweep needs, injected after the queue. */
  uses: Type<D>;
  run(uses: D, queue: Queue): Promise<R>;
}

/**
 * The base of a sweep job: processor of `spec.queue`, registered as a repeatable job, and
 * handling `spec.name` one at a time. Its constructor is `(queue, uses)`.
 */
export function sweepJob<D, R>(spec: SweepJobSpec<D, R>) {
  @Processor(spec.queue)
  @Injectable()
  class SweepJob extends RepeatableJob {
    constructor(
      @InjectQueue(spec.queue) private readonly queue: Queue,
      @Inject(spec.uses) private readonly uses: D,
    ) {
      super(queue, spec.name, spec.everyMs);
    }

    @Process({ name: spec.name, concurrency: 1 })
    handle(): Promise<R> {
      return spec.run(this.uses, this.queue);
    }
  }
  return SweepJob;
}
