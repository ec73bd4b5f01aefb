import { Injectable } from '@nestjs/common';
import { Tx } from './transaction';

/**
 * Base of the repositories that write their SQL by hand. `m` is the current transaction's manager
 * (the pool's outside a transaction), so a repository never takes an `EntityManager` argument.
 */
@Injectable()
export abstract class SqlRepository {
  constructor(protected readonly txHost: Tx) {}

  protected get m() {
    return this.txHost.tx;
  }

  /** A raw query with named parameters (`:name`, `:...list`), the way scope clauses (`caseScope`, `zoneScope`) are written. */
  protected named<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const [text, values] = this.m.connection.driver.escapeQueryWithParameters(sql, params, {});
    return this.m.query(text, values);
  }
}
