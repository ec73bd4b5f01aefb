import type { EntityManager } from 'typeorm';

/**
 * A raw query with named parameters (`:name`, `:...list`), the way scope clauses (`caseScope`,
 * `zoneScope`) are written, on the given manager (a repository's `txHost.tx`).
 */
export function namedQuery<T>(m: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, params, {});
  return m.query(text, values);
}
