import { Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { SYSTEM_ACTOR_ID } from '@app/common';
import { AppConfig } from '@app/config';
import { Tx } from '@app/database';
import { REDIS } from '@app/redis';
import type { CaseCommented, CaseFiled, CaseTransitioned } from '../events/case-events';
import { OnCaseEvent } from '../events/on-case-event.decorator';
import { EscalationRepository } from '../persistence/escalation.repository';
import { liveChannel, LiveCaseMessage } from './live-event';

/**
 * Messages of each open transaction, by its query runner. Kept outside the instance: the data
 * source's subscriber list may hold another instance of this provider than the one the case
 * events call (e.g. two applications in one process sharing a data source).
 */
const pending = new WeakMap<QueryRunner, LiveCaseMessage[]>();

/** Actions whose timeline entries are internal (see CaseWorkflowService). */
const INTERNAL_ACTIONS = new Set(['assign', 'acknowledge', 'return']);

/**
 * Tells every api process that a case changed, once the change is committed: the case events'
 * listener collects a message per change in the transaction, and the data source's transaction
 * subscriber publishes them on Redis after the outer COMMIT (dropped on ROLLBACK). A process
 * without Redis (a seed) publishes nothing; a failed publish is logged, never rolls back.
 */
@Injectable()
export class CaseLivePublisher implements OnModuleInit, EntitySubscriberInterface {
  private readonly logger = new Logger('CaseLivePublisher');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly txHost: Tx,
    private readonly escalations: EscalationRepository,
    private readonly config: AppConfig,
    @Optional() @Inject(REDIS) private readonly redis?: Redis,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.subscribers.includes(this)) this.dataSource.subscribers.push(this);
  }

  @OnCaseEvent({ listener: 'live-updates', events: ['case.filed', 'case.transitioned', 'case.commented'] })
  async onCaseChanged(event: CaseFiled | CaseTransitioned | CaseCommented): Promise<void> {
    if (!this.redis) return;
    const c = event.case;
    const kind = 'visibility' in event ? 'commented' : 'action' in event ? 'transitioned' : 'filed';
    const message: LiveCaseMessage = {
      caseId: c.id,
      zoneId: c.zoneId,
      creatorId: c.creatorId,
      // A case just filed has never been escalated: no lookup on the filing's path.
      authorityIds: kind === 'filed' ? [] : await this.escalations.authoritiesOf(c.id),
      kind,
      ...('action' in event ? { action: event.action } : {}),
      internal: 'visibility' in event ? event.visibility === 'internal' : 'action' in event && INTERNAL_ACTIONS.has(event.action),
      actorId: event.actor === SYSTEM_ACTOR_ID ? null : event.actor.userId,
      version: c.version,
      at: event.at.toISOString(),
    };
    const runner = this.txHost.tx.queryRunner;
    if (!runner?.isTransactionActive) return this.send([message]);
    pending.set(runner, [...(pending.get(runner) ?? []), message]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const runner = event.queryRunner;
    if (runner.isTransactionActive) return; // a savepoint was released; the outer COMMIT is still to come
    const messages = pending.get(runner);
    if (!messages) return;
    pending.delete(runner);
    void this.send(messages);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }

  private async send(messages: LiveCaseMessage[]): Promise<void> {
    const channel = liveChannel(this.config.QUEUE_PREFIX);
    for (const m of messages) {
      try {
        await this.redis!.publish(channel, JSON.stringify(m));
      } catch (error) {
        this.logger.warn(`live update of case ${m.caseId} not published: ${(error as Error).message}`);
      }
    }
  }
}
