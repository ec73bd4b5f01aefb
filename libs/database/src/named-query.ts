import type { Tx } from './transaction';

/**
 * A raw query with named parameters (`:name`, `:...list`), the way scope clauses (`caseScope`,
 * `zoneScope`) are written, in the current transaction of the repository's `txHost`.
 */
export function namedQuery<T>(txHost: Tx, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const m = txHost.tx;
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params, {});
  return m.query(text, values);
}
