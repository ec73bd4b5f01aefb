import { Tooltip } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ColumnFigures, Dashboard, DashboardColumn } from './types';
import { ACCEPTED_ONCE, created, deskLink, DONE, OPEN, type DrillScope } from './drill';
import { num, pct } from './format';

interface Kpi {
  key: string;
  title: string;
  /** What the figure counts, for the tooltip. */
  hint: string;
  value: (f: ColumnFigures) => string;
  unit?: string;
  foot: (f: ColumnFigures) => ReactNode;
  to: (scope: DrillScope) => string;
  tone?: 'danger' | 'warning' | 'good';
  live?: boolean;
}

/** "黄浦区集聚区" → "黄浦" for the compact per-zone line. */
export const shortZone = (name: string) => name.replace(/区?集聚区$/, '') || name;

function onTime(f: ColumnFigures, clock: string) {
  const c = f.sla.clocks.find((x) => x.clock === clock);
  return c ?? { onTime: 0, late: 0, overdueOpen: 0, rate: null, label: clock, clock };
}

function kpis(d: Dashboard): Kpi[] {
  const period = created(d.range.from, d.range.to);
  return [
    {
      key: 'submitted',
      title: '新提交',
      hint: '期间内提交的案件（按提交的日期，上海时间；草稿不计）。点击查看期间内登记的案件（按登记时间筛选，与统计口径相近）。',
      value: (f) => num(f.counts.submitted),
      unit: '件',
      foot: (f) => `不予受理 ${num(f.counts.rejected)} · 撤回 ${num(f.counts.withdrawn)}`,
      to: (s) => deskLink(s, period),
    },
    {
      key: 'accepted',
      title: '受理',
      hint: '期间内的受理次数（按受理的日期）。点击查看期间内登记、已受理过的案件。',
      value: (f) => num(f.counts.accepted),
      unit: '件',
      foot: (f) => `重新办理 ${num(f.counts.reopened)}`,
      to: (s) => deskLink(s, { status: ACCEPTED_ONCE, ...period }),
    },
    {
      key: 'resolved',
      title: '办结',
      hint: '期间内的办结次数（按办结的日期；重新办理后再次办结再计一次）。点击查看期间内登记、已办结的案件。',
      value: (f) => num(f.counts.resolved),
      unit: '件',
      foot: (f) => `上报 ${num(f.counts.escalated)} 次`,
      to: (s) => deskLink(s, { status: DONE, ...period }),
    },
    {
      key: 'backlog',
      title: '在办积压',
      hint: '此刻未办结的案件（待受理、已受理、办理中、待补充材料、已上报），不受日期区间影响。',
      value: (f) => num(f.backlog.total),
      unit: '件',
      foot: (f) => `未分派 ${num(f.backlog.unassigned)}`,
      to: (s) => deskLink(s, { status: OPEN }),
      live: true,
    },
    {
      key: 'overdue',
      title: '已超时',
      hint: '此刻有时限已过而未完成的案件。',
      value: (f) => num(f.sla.overdueNow),
      unit: '件',
      foot: () => '任一时限已过',
      to: (s) => deskLink(s, { overdue: 'true', sort: 'nextDueAt' }),
      tone: 'danger',
      live: true,
    },
    {
      key: 'dueSoon',
      title: '即将超时',
      hint: '此刻有时限已用去 75% 以上、且没有已超时时限的案件。',
      value: (f) => num(f.sla.dueSoonNow),
      unit: '件',
      foot: () => '时限已过 75%',
      to: (s) => deskLink(s, { dueSoon: 'true', sort: 'nextDueAt' }),
      tone: 'warning',
      live: true,
    },
    ...(['accept', 'first_response', 'resolve'] as const).map<Kpi>((clock) => ({
      key: `sla-${clock}`,
      title: { accept: '受理按期率', first_response: '首次答复按期率', resolve: '办结按期率' }[clock],
      hint: '期间内到期的时限中按期完成的比例：按期 ÷（按期 + 超期完成 + 超期未完成）。点击查看已超时的案件。',
      value: (f) => pct(onTime(f, clock).rate),
      foot: (f) => {
        const c = onTime(f, clock);
        return `按期 ${num(c.onTime)} / 应办 ${num(c.onTime + c.late + c.overdueOpen)}`;
      },
      to: (s) => deskLink(s, clock === 'accept' ? { status: 'submitted', overdue: 'true' } : { status: OPEN, overdue: 'true' }),
      tone: 'good',
    })),
    {
      key: 'goodRate',
      title: '好评率',
      hint: '期间内的评价中“非常满意”“满意”所占比例（“基本满意”不计为好评或差评）。点击查看期间内提交、已办结的案件。',
      value: (f) => pct(f.satisfaction.goodRate),
      foot: (f) => `评价 ${num(f.satisfaction.rated)} · 差评 ${num(f.satisfaction.bad)}`,
      to: (s) => deskLink(s, { status: DONE, ...period }),
      tone: 'good',
    },
    {
      key: 'escalationRate',
      title: '上报率',
      hint: '期间内首次上报网信办的案件数 ÷ 期间内受理的案件数。点击查看正在上报中的案件。',
      value: (f) => pct(f.escalations.rate),
      foot: (f) => `上报 ${num(f.escalations.cases)} 件 · 自动 ${num(f.escalations.automatic)} 次`,
      to: (s) => deskLink(s, { status: 'escalated' }),
    },
    {
      key: 'openBadReviews',
      title: '待整改差评',
      hint: '此刻尚未回访整改的差评（不满意、非常不满意）。点击进入差评整改。',
      value: (f) => num(f.satisfaction.openBadReviews),
      unit: '条',
      foot: () => '须主管回访',
      to: () => '/desk/rectifications',
      tone: 'warning',
      live: true,
    },
  ];
}

/**
 * The headline figures. For a city-wide supervisor the big number is the city's and the line
 * under it the zones side by side; every number links to the matching case list.
 */
export function KpiGrid({ d, scopeOf }: { d: Dashboard; scopeOf: (c: DashboardColumn) => DrillScope }) {
  const main = d.columns[0];
  const zones = d.columns.length > 1 ? d.columns.filter((c) => c.zoneId) : [];
  const f = d.figures[main.key];
  return (
    <div className="kpi-grid" role="list" aria-label="主要指标">
      {kpis(d).map((k) => {
        const value = k.value(f);
        return (
          <div key={k.key} className={`kpi ${k.tone ?? ''} ${k.tone === 'danger' && value !== '0' ? 'alert' : ''}`} role="listitem" data-kpi={k.key}>
            <div className="kpi-title">
              <span>{k.title}</span>
              {k.live && <span className="kpi-live">实时</span>}
              <Tooltip title={k.hint}>
                <InfoCircleOutlined className="kpi-hint" aria-label={`${k.title}的口径`} tabIndex={0} />
              </Tooltip>
            </div>
            <Link to={k.to(scopeOf(main))} className="kpi-value stretched-link" aria-label={`${main.name}${k.title} ${value}${k.unit ?? ''}，查看案件`}>
              {value}
              {k.unit && value !== '—' && <span className="kpi-unit">{k.unit}</span>}
            </Link>
            <div className="kpi-foot">{k.foot(f)}</div>
            {zones.length > 0 && (
              <div className="kpi-zones">
                {zones.map((z) => {
                  const v = k.value(d.figures[z.key]);
                  return (
                    <Link key={z.key} to={k.to(scopeOf(z))} className="kpi-zone" aria-label={`${z.name}${k.title} ${v}${k.unit ?? ''}，查看案件`}>
                      {shortZone(z.name)} <b>{v}</b>
                    </Link>
                  );
                })}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
