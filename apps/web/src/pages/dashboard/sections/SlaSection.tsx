import { Link } from 'react-router-dom';
import { deskLink, OPEN } from '../drill';
import { num, pct } from '../format';
import { RateBar, Section, type SectionProps, ZoneColumns } from './Section';

export function SlaSection({ d, cols, scopeOf, query }: SectionProps) {
  return (
    <Section id="sla" title="时限按期率" sub="期间内到期的时限" table="sla" query={query}>
      <ZoneColumns cols={cols}>
        {(c) => {
          const f = d.figures[c.key].sla;
          const scope = scopeOf(c);
          return (
            <table className="dash-table">
              <thead>
                <tr>
                  <th scope="col">时限</th>
                  <th scope="col" className="num">按期</th>
                  <th scope="col" className="num">超期完成</th>
                  <th scope="col" className="num">超期未完成</th>
                  <th scope="col" className="rate-col">按期率</th>
                </tr>
              </thead>
              <tbody>
                {f.clocks.map((k) => (
                  <tr key={k.clock}>
                    <th scope="row">{k.label}</th>
                    <td className="num">{num(k.onTime)}</td>
                    <td className="num">{num(k.late)}</td>
                    <td className="num">
                      <Link to={deskLink(scope, k.clock === 'accept' ? { status: 'submitted', overdue: 'true' } : { status: OPEN, overdue: 'true' })}>{num(k.overdueOpen)}</Link>
                    </td>
                    <td className="rate-col">
                      <RateBar rate={k.rate} />
                      <b>{pct(k.rate)}</b>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </ZoneColumns>
    </Section>
  );
}
