import { Link } from 'react-router-dom';
import { created, deskLink, DONE } from '../drill';
import { num, workTime } from '../format';
import { Section, type SectionProps, ZoneColumns } from './Section';

export function HandlingSection({ d, cols, scopeOf, query }: SectionProps) {
  const wd = d.workingDayMs;
  const period = created(d.range.from, d.range.to);
  return (
    <Section id="handling" title="办理时长" sub="从提交到办结，工作时间（工作日 09:00–17:30）" table="handling" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const h = d.figures[c.key].handling;
          const to = deskLink(scopeOf(c), { status: DONE, ...period });
          return (
            <>
              <div className="stat-tiles">
                {[
                  { label: '平均', value: h.meanMs },
                  { label: '中位数', value: h.medianMs },
                  { label: '第 90 百分位', value: h.p90Ms },
                ].map((t) => (
                  <Link key={t.label} to={to} className="stat-tile">
                    <span className="stat-label">{t.label}</span>
                    <span className="stat-value">{workTime(t.value, wd)}</span>
                  </Link>
                ))}
              </div>
              <p className="muted small">
                期间内办结 {num(h.resolved)} 件{h.measured !== h.resolved ? `，其中 ${num(h.measured)} 件可计时（其余日期缺少工作日历）` : ''}。
              </p>
            </>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}

