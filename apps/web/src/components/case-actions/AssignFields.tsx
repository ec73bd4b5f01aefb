import { Alert, Button, Form, Radio, Select, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { AgentView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import type { CaseDetail } from '../../api/types';
import { PROGRAMME_LABELS } from '../../lib/labels';

/** An agent a supervisor can assign to (`GET /agents`: the supervisor's zone, or both zones city-wide). */
type AgentChoice = AgentView;

/**
 * The agents of the case's zone for the assign dialog: those with the programme's skill first,
 * then by open load (the order the server's auto-assign picks from).
 */
function useAgents(zoneId: string, programme: string, enabled: boolean) {
  const list = useApi(['agents'], enabled ? (signal) => api.get<AgentChoice[]>('/agents', undefined, signal) : null);
  const agents = useMemo(
    () =>
      list.data
        ?.filter((a) => a.zoneId === zoneId)
        .sort(
          (a, b) =>
            Number(b.skills.includes(programme)) - Number(a.skills.includes(programme)) ||
            a.openCases - b.openCases ||
            a.displayName.localeCompare(b.displayName, 'zh-CN'),
        ),
    [list.data, zoneId, programme],
  );
  return { agents, error: list.error, loading: list.loading, reload: list.reload };
}

function AgentOption({ agent, programme, recommended }: { agent: AgentChoice; programme: string; recommended: boolean }) {
  const skilled = agent.skills.includes(programme);
  return (
    <div className="agent-option">
      <div className="agent-option-main">
        <span className="agent-option-name">{agent.displayName}</span>
        {recommended && <Tag color="green">推荐</Tag>}
        {!skilled && <Tag color="warning">无{PROGRAMME_LABELS[programme] ?? programme}技能</Tag>}
        <span className="agent-option-skills">{agent.skills.map((s) => PROGRAMME_LABELS[s] ?? s).join('、') || '未设置技能'}</span>
      </div>
      <span className={`agent-option-load ${agent.openCases >= 20 ? 'heavy' : ''}`}>在办 {agent.openCases} 件</span>
    </div>
  );
}

/** The assign dialog's fields: pick an agent of the case's zone, or let the server choose. */
export function AssignFields({ detail }: { detail: CaseDetail }) {
  const form = Form.useFormInstance();
  const assignMode = Form.useWatch('mode', form) ?? 'pick';
  const agents = useAgents(detail.zoneId, detail.programme, true);
  const programmeName = PROGRAMME_LABELS[detail.programme] ?? detail.programme;
  const choices = (agents.agents ?? []).filter((a) => a.id !== detail.assignee?.id);
  const recommended = choices.find((a) => a.skills.includes(detail.programme))?.id;
  return (
    <>
      {detail.assignee && (
        <Typography.Paragraph>
          当前负责人：<b>{detail.assignee.displayName}</b>。改派后原负责人的办理记录保留。
        </Typography.Paragraph>
      )}
      <Form.Item name="mode" label="分派方式" initialValue="pick">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'pick', label: '指定专员' },
            { value: 'auto', label: '自动分派' },
          ]}
        />
      </Form.Item>
      {assignMode === 'auto' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`由系统分派给本集聚区具备“${programmeName}”技能、在办案件最少的在岗专员。`}
          description={recommended ? `按当前负载，预计为 ${choices.find((a) => a.id === recommended)?.displayName}。` : undefined}
        />
      ) : agents.error && !agents.loading ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`专员名单加载失败：${errorMessage(agents.error)}`}
          action={
            <Button size="small" onClick={agents.reload}>
              重试
            </Button>
          }
        />
      ) : (
        <Form.Item
          name="assigneeId"
          label="分派给"
          rules={[{ required: true, message: '请选择服务台专员，或选择“自动分派”' }]}
          extra={`本集聚区在岗的服务台专员，按“${programmeName}”技能与在办案件数排列。`}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={agents.loading}
            placeholder="选择服务台专员"
            options={choices.map((a) => ({ value: a.id, label: a.displayName, agent: a }))}
            optionRender={(o) => <AgentOption agent={(o.data as { agent: AgentChoice }).agent} programme={detail.programme} recommended={o.value === recommended} />}
            notFoundContent={agents.loading ? '加载中…' : '本集聚区没有可分派的在岗专员'}
            listHeight={320}
          />
        </Form.Item>
      )}
    </>
  );
}
