import { Card, Steps, Tag, Typography } from 'antd';
import { HONOUR_FORM_LABELS, NOMINATION_STAGE_LABELS, NOMINATION_STAGES, type NominationView, STAGE_DECISION_LABELS } from '@app/contracts';
import { api } from '../../api/client';
import { useApi } from '../../api/query';
import { fmt } from '../../lib/time';

/** The stages of a nomination, each with its decision and reason: what the creator sees as progress. */
export function NominationSteps({ n }: { n: NominationView }) {
  const current = NOMINATION_STAGES.indexOf(n.stage);
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {n.roundName} · {HONOUR_FORM_LABELS[n.form]}
        {n.cityRank ? ` · 市级排序第 ${n.cityRank} 位` : ''}
      </Typography.Paragraph>
      <Steps
        direction="vertical"
        size="small"
        current={n.outcome ? current : current + 1}
        status={n.outcome === 'not_selected' ? 'error' : n.outcome === 'selected' ? 'finish' : 'process'}
        items={NOMINATION_STAGES.map((stage) => {
          const d = n.decisions.find((x) => x.stage === stage);
          return {
            title: NOMINATION_STAGE_LABELS[stage],
            description: d ? (
              <span>
                <Tag color={d.decision === 'fail' || d.decision.startsWith('not_') ? 'default' : 'green'}>{STAGE_DECISION_LABELS[d.stage][d.decision]}</Tag>
                {d.reason}
                <span className="muted">（{fmt(d.decidedAt)}{d.decidedBy ? ` · ${d.decidedBy}` : ''}）</span>
                {stage === 'result' && n.honour && <div>荣誉：{n.honour}</div>}
              </span>
            ) : stage === 'applied' ? (
              '已提交申报'
            ) : undefined,
          };
        })}
      />
    </>
  );
}

/** On a starlight case page: the nomination's progress, if the case is one. */
export default function NominationProgress({ caseId }: { caseId: string }) {
  const data = useApi(['starlight', 'case', caseId], (signal) => api.get<NominationView[]>('/starlight/nominations', { caseId }, signal));
  const n = data.data?.[0];
  if (!n) return null;
  return (
    <Card title="星光计划 · 申报进度" variant="borderless" style={{ marginBottom: 16 }}>
      <NominationSteps n={n} />
    </Card>
  );
}
