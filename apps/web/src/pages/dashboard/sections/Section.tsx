import { Card, Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Query } from '../../../api/client';
import { ExportMenu } from '../../../components/ExportMenu';
import type { DrillScope } from '../drill';
import type { Dashboard, DashboardColumn, DashboardTable } from '../types';

export interface SectionProps {
  d: Dashboard;
  /** The columns the charts show: each zone (the city total is in the headline figures). */
  cols: DashboardColumn[];
  scopeOf: (c: DashboardColumn) => DrillScope;
  /** The dashboard's filters, for the exports. */
  query: Query;
  cityWide: boolean;
}

/** A card of the dashboard with its export menu. */
export function Section({
  title,
  sub,
  table,
  tables,
  query,
  extra,
  children,
  id,
}: {
  title: string;
  sub?: ReactNode;
  table?: DashboardTable;
  tables?: { table: DashboardTable; label: string }[];
  query: Query;
  extra?: ReactNode;
  children: ReactNode;
  id: string;
}) {
  return (
    <Card
      variant="borderless"
      className="dash-card"
      id={id}
      title={
        <div className="dash-card-title">
          <h2>{title}</h2>
          {sub && <span className="dash-card-sub">{sub}</span>}
        </div>
      }
      extra={
        <div className="dash-card-extra">
          {extra}
          {table && <ExportMenu path={`/dashboard/tables/${table}`} query={query} what={title} size="small" />}
          {tables?.map((t) => (
            <ExportMenu key={t.table} path={`/dashboard/tables/${t.table}`} query={query} what={t.label} label={`导出${t.label.replace(/^.*-/, '')}`} size="small" />
          ))}
        </div>
      }
    >
      {children}
    </Card>
  );
}

/** The zones side by side (one column: the whole width). */
export function ZoneColumns({ cols, children }: { cols: DashboardColumn[]; children: (c: DashboardColumn) => ReactNode }) {
  if (cols.length === 1) return <>{children(cols[0])}</>;
  return (
    <Row gutter={[24, 24]}>
      {cols.map((c) => (
        <Col key={c.key} xs={24} lg={Math.max(6, Math.floor(24 / cols.length))} className="zone-col">
          <h3 className="zone-title">{c.name}</h3>
          {children(c)}
        </Col>
      ))}
    </Row>
  );
}

/** Keyboard and screen-reader route to what a chart's marks link to (visible when focused). */
export function DrillLinks({ label, links }: { label: string; links: { text: string; to: string }[] }) {
  return (
    <nav className="drill-links" aria-label={label}>
      {links.map((l) => (
        <Link key={l.text} to={l.to}>
          {l.text}
        </Link>
      ))}
    </nav>
  );
}

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * One value axis for zones compared side by side: the largest value of every zone, rounded up to
 * 1, 2 or 5 × 10ⁿ, as the axis maximum of each zone's chart (`undefined` for a single chart).
 */
export function sharedMax(cols: unknown[], values: number[]): number | undefined {
  if (cols.length < 2) return undefined;
  const max = Math.max(1, ...values);
  const step = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * step).find((v) => v >= max) ?? max;
}


export function RateBar({ rate }: { rate: number | null }) {
  const tone = rate === null ? '' : rate >= 0.9 ? 'good' : rate >= 0.75 ? 'warn' : 'bad';
  return (
    <span className={`rate-bar ${tone}`} aria-hidden>
      <span style={{ width: `${Math.round((rate ?? 0) * 100)}%` }} />
    </span>
  );
}
