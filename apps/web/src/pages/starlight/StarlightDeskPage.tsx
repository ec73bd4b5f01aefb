import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  type DecidedStage,
  HONOUR_FORM_LABELS,
  HONOUR_FORMS,
  type HonourRoundView,
  NOMINATION_STAGE_LABELS,
  type NominationView,
  STAGE_DECISION_LABELS,
  STAGE_DECISIONS,
} from '@app/contracts';
import { api, errorMessage, fetchFile } from '../../api/client';
import { useApi } from '../../api/query';
import { useUser } from '../../auth/AuthContext';
import { useFeedback } from '../../components/Feedback';
import { ErrorState } from '../../components/States';
import { saveBlob } from '../../lib/download';
import { useModalForm } from '../../lib/useModalForm';
import { ZONE_FALLBACK } from '../../lib/labels';
import { dayjs, fmt } from '../../lib/time';
import { NominationSteps } from './NominationProgress';

/** Which stage each role decides here. */
const MY_STAGES: Record<string, DecidedStage[]> = { agent: ['desk_reviewed'], supervisor: ['zone_recommended'], cac_officer: ['city_decided', 'result'] };

/** 星光计划 for the desk (初审), the zone supervisor (区推荐 within quota) and the city authority (rounds, ranking, decisions, report). */
export default function StarlightDeskPage() {
  const me = useUser();
  const { message } = useFeedback();
  const rounds = useApi(['starlight', 'rounds'], (signal) => api.get<HonourRoundView[]>('/starlight/rounds', undefined, signal));
  const [selected, setSelected] = useState<string>();
  const roundId = selected ?? rounds.data?.[0]?.id;
  const round = rounds.data?.find((r) => r.id === roundId);
  const list = useApi(['starlight', 'nominations', roundId], roundId ? (signal) => api.get<NominationView[]>('/starlight/nominations', { roundId }, signal) : null);
  const [deciding, setDeciding] = useState<NominationView | null>(null);
  const [creating, setCreating] = useState(false);
  const [showing, setShowing] = useState<NominationView | null>(null);
  const isCity = me.role === 'cac_officer' && me.authorityId === 'cac_city';
  const base = me.role === 'cac_officer' ? '/authority/cases/' : '/desk/cases/';
  const mine = MY_STAGES[me.role ?? ''] ?? [];

  const move = async (n: NominationView, delta: number) => {
    const ranked = (list.data ?? []).filter((x) => x.cityRank !== null || x.decisions.some((d) => d.stage === 'zone_recommended' && d.decision === 'recommend'));
    const order = ranked.map((x) => x.id);
    const i = order.indexOf(n.id);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j], order[i]];
    try {
      await api.put(`/starlight/rounds/${roundId}/ranking`, { nominationIds: order });
      list.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const download = async () => {
    try {
      const { blob, fileName } = await fetchFile(`/starlight/rounds/${roundId}/report`);
      saveBlob(blob, fileName ?? 'report.xlsx');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">星光计划 · 荣誉申报</h1>
          <p className="page-sub">申报 → 集聚区初审 → 区推荐（名额内） → 市委网信办评审 → 结果。每一步的决定和理由记入案件进展，创作者可见。</p>
        </div>
        <Space wrap>
          {roundId && (me.role === 'supervisor' || me.role === 'cac_officer') && <Button icon={<DownloadOutlined />} onClick={() => void download()}>导出推荐情况</Button>}
          {isCity && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>开启征集轮次</Button>}
        </Space>
      </div>
      {rounds.error ? <ErrorState error={rounds.error} onRetry={rounds.reload} compact /> : null}
      <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Select style={{ width: '100%', maxWidth: 520 }} value={roundId} onChange={setSelected} aria-label="征集轮次" options={(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name }))} placeholder="选择征集轮次" />
        {round && (
          <Space wrap>
            <Tag color={round.state === 'open' ? 'green' : 'default'}>{round.state === 'open' ? '征集中' : round.state === 'upcoming' ? '未开始' : '已截止'}</Tag>
            <span className="muted">{fmt(round.opensAt, 'YYYY-MM-DD')} 至 {fmt(round.closesAt, 'YYYY-MM-DD')} · 每类自荐上限 {round.selfNominationCap} 件 · 共 {round.nominations} 件申报</span>
            {round.quotas.filter((q) => !me.zoneId || q.zoneId === me.zoneId).map((q) => (
              <Tag key={`${q.zoneId}${q.form}`}>{ZONE_FALLBACK[q.zoneId] ?? q.zoneId} {HONOUR_FORM_LABELS[q.form]} 名额 {q.used}/{q.quota}</Tag>
            ))}
          </Space>
        )}
      </Space>
      <Card className="table-card" variant="borderless">
        <Table<NominationView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data ?? []}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 30, showSizeChanger: false }}
          locale={{ emptyText: '暂无申报' }}
          columns={[
            ...(isCity ? [{ title: '排序', key: 'rank', width: 110, render: (_: unknown, n: NominationView) => (n.cityRank ? <Space size={2}><strong>{n.cityRank}</strong><Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" onClick={() => void move(n, -1)} /><Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="下移" onClick={() => void move(n, 1)} /></Space> : n.decisions.some((d) => d.stage === 'zone_recommended' && d.decision === 'recommend') ? <Button size="small" onClick={() => void api.put(`/starlight/rounds/${roundId}/ranking`, { nominationIds: [...(list.data ?? []).filter((x) => x.cityRank).map((x) => x.id), n.id] }).then(list.reload, (e) => message.error(errorMessage(e)))}>加入排序</Button> : null) }] : []),
            { title: '案件', key: 'ref', width: 170, render: (_, n) => <Link className="reference" to={base + n.caseId}>{n.reference}</Link> },
            { title: '作品', key: 'work', render: (_, n) => <a onClick={() => setShowing(n)}>{n.workTitle || n.title}</a> },
            { title: '类别', dataIndex: 'form', width: 90, render: (f: NominationView['form']) => HONOUR_FORM_LABELS[f] },
            { title: '集聚区', dataIndex: 'zoneId', width: 110, render: (z: string) => ZONE_FALLBACK[z] ?? z },
            { title: '申报人', dataIndex: 'creatorName', width: 110 },
            { title: '阅读/播放', dataIndex: 'reachCount', width: 100, render: (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN')) },
            { title: '进度', key: 'stage', width: 170, render: (_, n) => (n.outcome ? <Tag color={n.outcome === 'selected' ? 'gold' : 'default'}>{n.outcome === 'selected' ? '入选' : '未入选'}（{NOMINATION_STAGE_LABELS[n.stage]}）</Tag> : <Tag color="processing">待{NOMINATION_STAGE_LABELS[n.nextStage!]}</Tag>) },
            { title: '操作', key: 'act', width: 100, render: (_, n) => (n.nextStage && mine.includes(n.nextStage) ? <Button size="small" type="primary" onClick={() => setDeciding(n)}>{NOMINATION_STAGE_LABELS[n.nextStage]}</Button> : null) },
          ]}
        />
      </Card>
      {deciding && <DecideModal n={deciding} onClose={() => setDeciding(null)} onDone={() => (setDeciding(null), list.reload(), rounds.reload())} />}
      {creating && <CreateRoundModal onClose={() => setCreating(false)} onDone={(id) => (setCreating(false), setSelected(id), rounds.reload())} />}
      {showing && (
        <Modal open title={showing.workTitle || showing.title} footer={null} onCancel={() => setShowing(null)}>
          {showing.links.map((l) => <div key={l}><a href={l} target="_blank" rel="noreferrer noopener">{l}</a></div>)}
          <NominationSteps n={showing} />
        </Modal>
      )}
    </>
  );
}

function DecideModal({ n, onClose, onDone }: { n: NominationView; onClose: () => void; onDone: () => void }) {
  const stage = n.nextStage!;
  const { form, saving, error, submit } = useModalForm((v) => api.post(`/starlight/nominations/${n.id}/decisions`, { ...(v as object), stage }), onDone);
  const decision = Form.useWatch('decision', form);
  return (
    <Modal open title={`${NOMINATION_STAGE_LABELS[stage]}：${n.workTitle || n.title}`} onCancel={onClose} onOk={submit} okText="确定" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical">
        <Form.Item name="decision" label="决定" rules={[{ required: true, message: '请选择' }]}>
          <Select options={STAGE_DECISIONS[stage].map((d) => ({ value: d, label: STAGE_DECISION_LABELS[stage][d] }))} />
        </Form.Item>
        <Form.Item name="reason" label={stage === 'zone_recommended' ? '推荐意见（创作者可见）' : '理由（创作者可见）'} rules={[{ required: true, whitespace: true, message: '请填写' }, { max: 2000 }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={stage === 'desk_reviewed' ? '材料是否齐全、是否原创、是否在征集期内首发' : undefined} />
        </Form.Item>
        {stage === 'result' && decision === 'selected' && (
          <Form.Item name="honour" label="荣誉名称（默认为本轮荣誉）"><Input maxLength={100} /></Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function CreateRoundModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const { form, saving, error, submit } = useModalForm<{ window: [dayjs.Dayjs, dayjs.Dayjs]; quota: number; categories: string[]; name: string; selfNominationCap: number }>(
    ({ window, quota, ...v }) =>
      api.post('/starlight/rounds', { ...v, opensAt: window[0].startOf('day').toISOString(), closesAt: window[1].endOf('day').toISOString(), quotas: ['huangpu', 'yangpu'].flatMap((zoneId) => v.categories.map((f) => ({ zoneId, form: f, quota }))) }),
    (r) => onDone((r as HonourRoundView).id),
  );
  return (
    <Modal open title="开启征集轮次" onCancel={onClose} onOk={submit} okText="开启" confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical" initialValues={{ name: `${dayjs().year()}年度中国正能量网络精品征集`, categories: [...HONOUR_FORMS], selfNominationCap: 5, quota: 3, window: [dayjs(), dayjs().add(45, 'day')] }}>
        <Form.Item name="name" label="轮次名称" rules={[{ required: true }]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="categories" label="征集类别" rules={[{ required: true, message: '至少选择一类' }]}>
          <Checkbox.Group options={HONOUR_FORMS.map((f) => ({ value: f, label: HONOUR_FORM_LABELS[f] }))} />
        </Form.Item>
        <Form.Item name="window" label="申报时间" rules={[{ required: true }]}><DatePicker.RangePicker /></Form.Item>
        <Form.Item name="selfNominationCap" label="每位创作者每类自荐上限"><InputNumber min={1} max={100} /></Form.Item>
        <Form.Item name="quota" label="每个集聚区每类推荐名额"><InputNumber min={0} max={1000} /></Form.Item>
      </Form>
    </Modal>
  );
}
