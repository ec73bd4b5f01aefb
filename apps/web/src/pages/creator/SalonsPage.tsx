import { Button, Card, Empty, Modal, Radio, Segmented, Space, Tag, Typography } from 'antd';
import { EnvironmentOutlined, LinkOutlined, TeamOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { EVENT_RATING_LABELS, EVENT_RATING_LEVELS, REGISTRATION_STATUS_LABELS, type SalonEventView } from '@app/contracts';
import { api, errorMessage } from '../../api/client';
import { useApi } from '../../api/query';
import { useFeedback } from '../../components/Feedback';
import { Loadable } from '../../components/States';
import { PROGRAMME_LABELS, ZONE_FALLBACK } from '../../lib/labels';
import { fmt } from '../../lib/time';

/** 大V沙龙 for creators: register or join the waiting list, the door code, the rating afterwards. */
export default function SalonsPage() {
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const salons = useApi(['salonspage-1', when], (signal) => api.get<SalonEventView[]>('/salons', { when }, signal));
  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }}>
      <div className="page-header">
        <div>
          <h1 className="page-title">大V沙龙</h1>
          <p className="page-sub">专家面对面答疑的线下、线上活动。名额满时可候补，有人取消将按顺序递补并通知您。</p>
        </div>
      </div>
      <Segmented block value={when} onChange={(v) => setWhen(v as 'upcoming' | 'past')} options={[{ value: 'upcoming', label: '即将举办' }, { value: 'past', label: '往期活动' }]} style={{ marginBottom: 12 }} />
      <Loadable loading={salons.loading} error={salons.error} data={salons.data} onRetry={salons.reload} isEmpty={(d) => d.length === 0} empty={<Empty description="暂无活动" />}>
        {(list) => (
          <>
            {list.map((e) => (
              <SalonCard key={e.id} e={e} onChanged={salons.reload} />
            ))}
          </>
        )}
      </Loadable>
    </div>
  );
}

function SalonCard({ e, onChanged }: { e: SalonEventView; onChanged: () => void }) {
  const { message } = useFeedback();
  const [rating, setRating] = useState(false);
  const mine = e.mine;
  const over = new Date(e.endsAt) <= new Date();
  const started = new Date(e.startsAt) <= new Date();
  const run = async (path: string, done: string) => {
    try {
      await api.post(`/salons/${e.id}/${path}`);
      message.success(done);
      onChanged();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Card style={{ marginBottom: 12 }} variant="borderless">
      <Space size={6} wrap>
        <Tag color="magenta">{PROGRAMME_LABELS[e.topicProgramme] ?? e.topicProgramme}</Tag>
        <Tag>{ZONE_FALLBACK[e.zoneId] ?? e.zoneId}</Tag>
        {mine && <Tag color={mine.status === 'registered' ? 'green' : 'orange'}>{REGISTRATION_STATUS_LABELS[mine.status]}{mine.waitlistPosition ? ` · 第 ${mine.waitlistPosition} 位` : ''}</Tag>}
      </Space>
      <Typography.Title level={5} style={{ margin: '8px 0 4px' }}>
        {e.title}
      </Typography.Title>
      <div className="muted">{fmt(e.startsAt, 'M月D日 dddd HH:mm')}–{fmt(e.endsAt, 'HH:mm')}</div>
      {e.venue && (
        <div className="muted">
          <EnvironmentOutlined /> {e.venue}
        </div>
      )}
      {e.onlineUrl && (
        <div className="muted" style={{ wordBreak: 'break-all' }}>
          <LinkOutlined /> {e.onlineUrl}
        </div>
      )}
      <div className="muted">
        <TeamOutlined /> 专家：{e.experts.map((x) => `${x.name}${x.organisation ? `（${x.organisation}）` : x.title ? `（${x.title}）` : ''}`).join('、')}
      </div>
      {e.description && <Typography.Paragraph style={{ marginTop: 6 }}>{e.description}</Typography.Paragraph>}
      <div className="muted" style={{ fontSize: 12 }}>
        名额 {e.registered}/{e.capacity}
        {e.waitlisted ? ` · 候补 ${e.waitlisted} 人` : ''}
      </div>
      {mine?.status === 'registered' && !over && (
        <div className="check-in-code">
          {mine.checkInQr && <img src={mine.checkInQr} alt={`入场签到码 ${mine.checkInCode} 的二维码`} width={120} height={120} />}
          <div>
            <div className="muted">入场签到码</div>
            <div className="check-in-digits">{mine.checkInCode}</div>
          </div>
        </div>
      )}
      <Space wrap style={{ marginTop: 10 }}>
        {!mine && !started && (
          <Button type="primary" onClick={() => void run('register', e.registered < e.capacity ? '报名成功' : '已加入候补名单')}>
            {e.registered < e.capacity ? '报名' : '加入候补'}
          </Button>
        )}
        {mine && !started && (
          <Button danger onClick={() => void run('cancel-registration', '已取消报名')}>
            取消报名
          </Button>
        )}
        {over && mine?.checkedInAt && !mine.rating && (
          <Button type="primary" onClick={() => setRating(true)}>
            评价活动
          </Button>
        )}
        {mine?.rating && <Tag color="gold">我的评价：{EVENT_RATING_LABELS[mine.rating as keyof typeof EVENT_RATING_LABELS]}</Tag>}
      </Space>
      {rating && <RateDialog id={e.id} onClose={() => setRating(false)} onDone={() => { setRating(false); onChanged(); }} />}
    </Card>
  );
}

function RateDialog({ id, onClose, onDone }: { id: string; onClose: () => void; onDone: () => void }) {
  const { message } = useFeedback();
  const [level, setLevel] = useState<number>(5);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await api.post(`/salons/${id}/rating`, { level });
      message.success('感谢您的评价');
      onDone();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title="评价本次活动" onCancel={onClose} onOk={() => void submit()} okText="提交评价" confirmLoading={busy}>
      <Radio.Group value={level} onChange={(e) => setLevel(e.target.value)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }} aria-label="满意程度">
        {EVENT_RATING_LEVELS.map((l) => (
          <Radio key={l} value={l}>
            {'★'.repeat(l)}
            {'☆'.repeat(5 - l)} {EVENT_RATING_LABELS[l]}
          </Radio>
        ))}
      </Radio.Group>
    </Modal>
  );
}
