import { Alert, Button, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AgentView, BulkResult } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import type { CaseSummary } from '../../api/types';
import { ExportMenu } from '../ExportMenu';
import { useFeedback } from '../Feedback';

/**
 * What the selected rows of the queue can have done to them at once: 批量受理 (agents),
 * 批量分派 and 导出所选 (supervisors). The server acts case by case; the dialog lists each
 * case's result, so a refusal of one is seen, not hidden in a total.
 */
export function QueueBulkBar({ role, selected, rows, onDone }: { role: 'agent' | 'supervisor'; selected: string[]; rows: CaseSummary[]; onDone: () => void }) {
  const { message } = useFeedback();
  const [busy, setBusy] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (path: 'accept' | 'assign', body: object = {}) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<BulkResult>(`/cases/bulk/${path}`, { ids: selected, ...body });
      setResult(r);
      setAssigning(false);
      if (r.failed === 0) message.success(`已${path === 'accept' ? '受理' : '分派'} ${r.succeeded} 件案件`);
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const dialogs = (
    <>
      {assigning && <AssignDialog busy={busy} onCancel={() => setAssigning(false)} onOk={(assigneeId) => void run('assign', assigneeId ? { assigneeId } : {})} />}
      {result && <BulkResultDialog result={result} rows={rows} onClose={() => setResult(null)} />}
    </>
  );
  // The results stay on screen after the selection is cleared.
  if (selected.length === 0) return dialogs;
  return (
    <div className="bulk-bar" role="region" aria-label="批量操作">
      <Space wrap>
        <span>已选 {selected.length} 件</span>
        {role === 'agent' && (
          <Button type="primary" loading={busy} onClick={() => void run('accept')} data-bulk="accept">
            批量受理
          </Button>
        )}
        {role === 'supervisor' && (
          <>
            <Button type="primary" onClick={() => setAssigning(true)} data-bulk="assign">
              批量分派
            </Button>
            <ExportMenu path="/dashboard/case-export" query={{ ids: selected.join(',') }} what="所选案件" label="导出所选" />
          </>
        )}
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} role="alert" />}
      {dialogs}
    </div>
  );
}

function AssignDialog({ busy, onCancel, onOk }: { busy: boolean; onCancel: () => void; onOk: (assigneeId?: string) => void }) {
  const agents = useApi(['agents'], (signal) => api.get<AgentView[]>('/agents', undefined, signal));
  const [mode, setMode] = useState<'auto' | 'pick'>('auto');
  const [assigneeId, setAssigneeId] = useState<string>();
  return (
    <Modal open title="批量分派" onCancel={onCancel} onOk={() => onOk(mode === 'pick' ? assigneeId : undefined)} okText="确认分派" confirmLoading={busy} okButtonProps={{ disabled: mode === 'pick' && !assigneeId }} destroyOnHidden>
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} style={{ marginBottom: 12 }}>
        <Radio value="auto">逐件自动分派（技能匹配、在办最少）</Radio>
        <Radio value="pick">全部分派给</Radio>
      </Radio.Group>
      {mode === 'pick' && (
        <Select
          aria-label="承办专员"
          style={{ width: '100%' }}
          showSearch={{ optionFilterProp: 'label' }}
          loading={agents.loading}
          value={assigneeId}
          onChange={setAssigneeId}
          options={(agents.data ?? []).map((a) => ({ value: a.id, label: `${a.displayName}（在办 ${a.openCases}）` }))}
        />
      )}
    </Modal>
  );
}

function BulkResultDialog({ result, rows, onClose }: { result: BulkResult; rows: CaseSummary[]; onClose: () => void }) {
  const ref = (id: string, fallback: string | null) => fallback ?? rows.find((r) => r.id === id)?.reference ?? id;
  return (
    <Modal open title="批量操作结果" onCancel={onClose} onOk={onClose} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }} width={640}>
      <Typography.Paragraph>
        成功 {result.succeeded} 件{result.failed ? `，未办理 ${result.failed} 件` : ''}。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={result.results}
        columns={[
          { title: '编号', key: 'ref', render: (_, r) => <span className="reference">{ref(r.id, r.reference)}</span> },
          { title: '结果', key: 'ok', width: 90, render: (_, r) => (r.ok ? <Tag color="green">成功</Tag> : <Tag color="red">未办理</Tag>) },
          { title: '说明', key: 'message', render: (_, r) => r.message ?? '' },
        ]}
      />
    </Modal>
  );
}
