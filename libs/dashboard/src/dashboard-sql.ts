import { ScopeClause, zoneScope } from '@app/cases';
import { sqlShanghaiDate } from '@app/calendar';
import type { MetricScope } from './dashboard-rows';
import { OPEN_STATUSES } from './dashboard.types';

/** Positional parameters for raw SQL, with the scope clauses' named parameters bound in. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  scope(clause: ScopeClause): string {
    return `(${clause.sql.replace(/:(\w+)/g, (_, name: string) => this.add(clause.params[name]))})`;
  }

  /** The rows of a daily rollup (alias `t`) in the caller's zones, the period and the programme. */
  rollup(t: string, s: MetricScope): string {
    return `${this.scope(zoneScope(s.actor, `${t}.zone_id`))} AND ${t}.zone_id = ANY(${this.add(s.zoneIds)}::text[])
         AND ${t}.day BETWEEN ${this.add(s.range.from)}::date AND ${this.add(s.range.to)}::date
         ${s.programme ? `AND ${t}.programme = ${this.add(s.programme)}` : ''}`;
  }
}

export const local = sqlShanghaiDate;

export const OPEN_LIST = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
