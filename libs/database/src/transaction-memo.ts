import { DataSource, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import type { Tx } from './transaction';

/**
 * What the current transaction already knows of some rows, so that it does not ask PostgreSQL
 * again for what it has just locked or written (a filing's SLA clocks, read back for its receipt
 * and its answer). Kept per transaction, by its query runner; nothing is kept outside one. It is
 * forgotten at COMMIT and at any ROLLBACK, a savepoint's included.
 *
 * The owner decides what may be kept: only rows no other transaction can change before this one
 * ends (rows it holds locked, or rows of a case it created), and every write of its own to them
 * must go through the owner too, which updates or forgets them.
 */
export class TransactionMemo<K, V> implements EntitySubscriberInterface {
  private readonly byRunner = new WeakMap<QueryRunner, Map<K, V>>();

  constructor(
    private readonly txHost: Tx,
    dataSource: DataSource,
  ) {
    dataSource.subscribers.push(this);
  }

  get(key: K): V | undefined {
    const runner = this.runner();
    return runner && this.byRunner.get(runner)?.get(key);
  }

  set(key: K, value: V): void {
    const runner = this.runner();
    if (!runner) return;
    const known = this.byRunner.get(runner) ?? new Map<K, V>();
    known.set(key, value);
    this.byRunner.set(runner, known);
  }

  delete(key: K): void {
    const runner = this.runner();
    if (runner) this.byRunner.get(runner)?.delete(key);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint keeps what the transaction knows; the outer COMMIT ends it.
    if (!event.queryRunner.isTransactionActive) this.byRunner.delete(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.byRunner.delete(event.queryRunner);
  }

  private runner(): QueryRunner | undefined {
    if (!this.txHost.isTransactionActive()) return undefined;
    const runner = this.txHost.tx.queryRunner;
    return runner?.isTransactionActive ? runner : undefined;
  }
}
