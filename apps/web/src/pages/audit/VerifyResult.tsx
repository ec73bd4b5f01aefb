import { Alert, Space, Table, Typography } from 'antd';
import { AUDIT_PROBLEM_LABELS, type AuditProblem } from '@app/contracts';
import type { AuditVerify } from '../../api/types';
import { fmtFull } from '../../lib/time';

const seqText = (p: AuditProblem) => (p.seq === null ? '—' : p.toSeq ? `${p.seq}–${p.toSeq}` : String(p.seq));

/** The whole verification result: summary, every problem, the unlinked tail and the external checkpoint. */
export function VerifyResult({ result, at, onClose }: { result: AuditVerify; at?: string; onClose: () => void }) {
  const checkpoint = result.checkpoint
    ? `外部签名检查点：链序号 ${result.checkpoint.seq}（${fmtFull(result.checkpoint.at)}）`
    : '尚无外部签名检查点（由后台任务定期写入）';
  const unlinked = result.unlinked.count
    ? `另有 ${result.unlinked.count} 条已提交事件待链入（最早 #${result.unlinked.oldestId}，${fmtFull(result.unlinked.oldestAt)}）${result.unlinked.overdue ? '，已超时：请检查后台任务' : ''}。`
    : '';
  return (
    <Alert
      role="status"
      style={{ marginBottom: 16 }}
      showIcon
      type={result.ok ? (result.unlinked.overdue ? 'warning' : 'success') : 'error'}
      title={
        result.ok
          ? `审计链完整：已校验 ${result.checked} 个链节（至链序号 ${result.head.seq}），未发现篡改。`
          : `审计链已被破坏：发现 ${result.problemCount} 处问题（已校验 ${result.checked} 个链节）。请立即保全数据库与检查点并上报。`
      }
      description={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <span>
            {checkpoint}。{unlinked}校验时间 {fmtFull(at ?? result.verifiedAt)}。
          </span>
          {result.problems.length > 0 && (
            <Table<AuditProblem>
              size="small"
              rowKey={(p, i) => `${p.reason}-${p.seq}-${i}`}
              dataSource={result.problems}
              pagination={result.problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
              scroll={{ x: 560 }}
              columns={[
                { title: '链序号', key: 'seq', width: 110, render: (_, p) => <span className="mono">{seqText(p)}</span> },
                { title: '问题', dataIndex: 'reason', render: (r: AuditProblem['reason']) => <span>{AUDIT_PROBLEM_LABELS[r] ?? r}</span> },
                { title: '事件 / 文件', key: 'where', width: 160, render: (_, p) => <span className="mono">{p.eventId ? `#${p.eventId}` : (p.file ?? '—')}</span> },
              ]}
            />
          )}
          {result.problemCount > result.problems.length && <Typography.Text type="secondary">仅列出前 {result.problems.length} 处。</Typography.Text>}
        </Space>
      }
      closable={{ 'aria-label': '关闭验证结果' }}
      onClose={onClose}
    />
  );
}
