import { Link } from 'react-router-dom';
import { fmt } from '../../../lib/time';
import { num, pct, share, workTime } from '../format';
import type { MonthlyReport } from '../types';
import { ReportSection } from './ReportParts';

/** Sections 六 to 十 of the monthly report: escalations, ratings, 盾牌行动, agents, overdue cases. */
export function ReportActivity({ r }: { r: MonthlyReport }) {
  const f = r.figures;
  const wd = r.workingDayMs;
  return (
    <>
    <ReportSection n="六" title="上报网信办" note={`上报 ${num(f.escalations.count)} 次（其中超时自动上报 ${num(f.escalations.automatic)} 次），涉及案件 ${num(f.escalations.cases)} 件，上报率 ${pct(f.escalations.rate)}；中位签收用时 ${workTime(f.escalations.medianAcknowledgeMs, wd)}，中位办理用时 ${workTime(f.escalations.medianTakenMs, wd)}。`}>
      <div className="report-two">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">网信办</th>
              <th scope="col" className="num">次数</th>
              <th scope="col" className="num">中位办理用时</th>
            </tr>
          </thead>
          <tbody>
            {f.escalations.byAuthority.length ? (
              f.escalations.byAuthority.map((a) => (
                <tr key={a.authorityId}>
                  <th scope="row">{a.name}</th>
                  <td className="num">{num(a.count)}</td>
                  <td className="num">{workTime(a.medianTakenMs, wd)}</td>
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={3} className="muted">
                  本月没有上报
                </td>
              </tr>
            )}
          </tbody>
        </table>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">结果</th>
              <th scope="col" className="num">次数</th>
            </tr>
          </thead>
          <tbody>
            {f.escalations.byOutcome.map((o) => (
              <tr key={o.outcome}>
                <th scope="row">{o.label}</th>
                <td className="num">{num(o.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSection>

    <ReportSection n="七" title="好差评" note={`好评率为“非常满意”“满意”占全部有效评价的比例（含整改后的再次评价，不含申诉作废的评价）。待整改差评（截至生成时）${num(f.satisfaction.openBadReviews)} 条。`}>
      <table className="report-table">
        <thead>
          <tr>
            {f.satisfaction.levels.map((l) => (
              <th key={l.level} scope="col" className="num">
                {l.label}
              </th>
            ))}
            <th scope="col" className="num">合计</th>
            <th scope="col" className="num">好评率</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {f.satisfaction.levels.map((l) => (
              <td key={l.level} className="num">
                {num(l.count)} <span className="muted">（{pct(share(l.count, f.satisfaction.rated), 0)}）</span>
              </td>
            ))}
            <td className="num">{num(f.satisfaction.rated)}</td>
            <td className="num">
              <b>{pct(f.satisfaction.goodRate)}</b>
            </td>
          </tr>
        </tbody>
      </table>
    </ReportSection>

    <ReportSection n="八" title="盾牌行动：侵权类型与平台">
      <div className="report-two">
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">侵权类型</th>
              <th scope="col" className="num">新提交</th>
              <th scope="col" className="num">办结</th>
              <th scope="col" className="num">在办</th>
            </tr>
          </thead>
          <tbody>
            {f.shield.byCategory.map((c) => (
              <tr key={c.category}>
                <th scope="row">{c.label}</th>
                <td className="num">{num(c.submitted)}</td>
                <td className="num">{num(c.resolved)}</td>
                <td className="num">{num(c.open)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">平台</th>
              <th scope="col" className="num">新提交</th>
              <th scope="col" className="num">办结</th>
            </tr>
          </thead>
          <tbody>
            {f.shield.byPlatform.map((x) => (
              <tr key={x.platform}>
                <th scope="row">{x.label}</th>
                <td className="num">{num(x.submitted)}</td>
                <td className="num">{num(x.resolved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ReportSection>

    <ReportSection n="九" title="专员工作量">
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">专员</th>
            <th scope="col" className="num">在办（当前）</th>
            <th scope="col" className="num">本月办结</th>
            <th scope="col" className="num">平均办理时长</th>
            <th scope="col" className="num">办结按期率</th>
          </tr>
        </thead>
        <tbody>
          {r.agents.length ? (
            [...r.agents]
              .sort((a, c) => c.resolved - a.resolved)
              .map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.displayName}
                    {!a.active && <span className="muted">（已停用）</span>}
                  </th>
                  <td className="num">{num(a.open)}</td>
                  <td className="num">{num(a.resolved)}</td>
                  <td className="num">{workTime(a.meanHandlingMs, wd)}</td>
                  <td className="num">{pct(a.onTimeRate)}</td>
                </tr>
              ))
          ) : (
            <tr>
              <td colSpan={5} className="muted">
                没有服务台专员
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ReportSection>

    <ReportSection n="十" title={`当前超时案件（共 ${num(r.overdue.total)} 件${r.overdue.total > r.overdue.items.length ? `，列出最紧急的 ${r.overdue.items.length} 件` : ''}）`}>
      {r.overdue.items.length ? (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">编号</th>
              <th scope="col">标题</th>
              <th scope="col">时限</th>
              <th scope="col">截止时间</th>
              <th scope="col">负责人</th>
            </tr>
          </thead>
          <tbody>
            {r.overdue.items.map((i) => (
              <tr key={`${i.caseId}-${i.clock}`}>
                <td className="reference nowrap">
                  <Link to={`/desk/cases/${i.caseId}`}>{i.reference}</Link>
                </td>
                <td>{i.title}</td>
                <td className="nowrap">{i.clockLabel}</td>
                <td className="nowrap">{fmt(i.dueAt, 'MM-DD HH:mm')}</td>
                <td className="nowrap">{i.assignee?.displayName ?? '未分派'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">截至报告生成时没有超时案件。</p>
      )}
    </ReportSection>
    </>
  );
}
