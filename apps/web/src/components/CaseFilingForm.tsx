import { Alert, Button, Card, Form, Input, Progress, Radio, Select, Space, Typography, Upload } from 'antd';
import { List } from './SimpleList';
import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { useRef, useState, type ReactNode } from 'react';
import { ApiError, api, errorMessage, upload, uuid } from '../api/client';
import type { Attachment, CaseDetail, Programme, Zone } from '../api/types';
import { useFormDraft } from '../lib/draft';
import { applyProblemToForm } from '../lib/problem';
import { uiOf } from '../lib/schema';
import { ResultBlock } from './ResultBlock';
import { EVIDENCE_ACCEPT, EVIDENCE_HINT, fileSize } from './Attachments';
import { SchemaFields, cleanIntake } from './SchemaForm';

export interface FilingValues {
  category: string;
  zoneId?: string;
  title: string;
  description: string;
  intake?: Record<string, unknown>;
  channel?: string;
  creatorPhone?: string;
  creatorName?: string;
}

interface FileJob {
  file: File;
  percent: number;
  status: 'waiting' | 'uploading' | 'done' | 'error';
  error?: string;
}

const MAX_FILE_MB = 50;

/**
 * Files a case: category, zone, title, description, the programme's intake fields (from its
 * schema), then the evidence uploads with progress. One Idempotency-Key per submission: a retry
 * of the same content reuses it, so a double click or a lost answer never files twice.
 */
export function CaseFilingForm({
  programme,
  zones,
  askZone,
  prefix,
  extraBody,
  onFiled,
  submitText = '提交',
  send,
  draftKey,
}: {
  programme: Programme;
  zones: Zone[];
  askZone: boolean;
  prefix?: ReactNode;
  extraBody?: (v: FilingValues) => Record<string, unknown>;
  onFiled: (c: CaseDetail, uploadFailures: number) => void;
  submitText?: string;
  /** Where the filing goes instead of POST /cases (e.g. a check-in or a salon question that files the case). */
  send?: (body: Record<string, unknown>, idempotencyKey: string) => Promise<CaseDetail>;
  /** Keep a draft under this localStorage key (the creator's own form only). */
  draftKey?: string;
}) {
  const [form] = Form.useForm<FilingValues>();
  const [files, setFiles] = useState<FileJob[]>([]);
  const [phase, setPhase] = useState<'edit' | 'filing' | 'uploading'>('edit');
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const draft = useFormDraft(draftKey, form);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const ui = uiOf(programme);
  const evidence = ui.evidence ?? { enabled: true, recommended: false, hint: '' };

  const submit = async (v: FilingValues) => {
    setError(null);
    setInvalid(false);
    const body: Record<string, unknown> = {
      programme: programme.id,
      category: v.category,
      zoneId: v.zoneId,
      title: v.title.trim(),
      description: v.description.trim(),
      intake: cleanIntake(programme, v.intake),
      ...(extraBody?.(v) ?? {}),
    };
    const json = JSON.stringify(body);
    if (!attempt.current || attempt.current.body !== json) attempt.current = { key: uuid(), body: json };
    setPhase('filing');
    let created: CaseDetail;
    try {
      created = send ? await send(body, attempt.current.key) : await api.post<CaseDetail>('/cases', body, { 'Idempotency-Key': attempt.current.key });
    } catch (e) {
      setPhase('edit');
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
      else setInvalid(true);
      return;
    }
    attempt.current = null;
    draft.clear();
    // Evidence, one file after another, each with its progress.
    let failures = 0;
    if (files.length) {
      setPhase('uploading');
      for (let i = 0; i < files.length; i++) {
        const patch = (p: Partial<FileJob>) => setFiles((list) => list.map((f, j) => (j === i ? { ...f, ...p } : f)));
        patch({ status: 'uploading', percent: 0 });
        try {
          await upload<Attachment>(`/cases/${created.id}/attachments`, files[i].file, (percent) => patch({ percent })).promise;
          patch({ status: 'done', percent: 100 });
        } catch (e) {
          failures++;
          patch({ status: 'error', error: errorMessage(e) });
        }
      }
    }
    onFiled(created, failures);
  };

  const busy = phase !== 'edit';
  return (
    <Form<FilingValues>
      form={form}
      layout="vertical"
      initialValues={programme.categories.length === 1 ? { category: programme.categories[0].id } : undefined}
      onFinish={submit}
      disabled={busy}
      requiredMark="optional"
      scrollToFirstError={{ block: 'center' }}
      onFinishFailed={() => setInvalid(true)}
      onValuesChange={draft.save}
      // The banner goes as soon as the last flagged field is fixed.
      onFieldsChange={() => invalid && setInvalid(form.getFieldsError().some((f) => f.errors.length > 0))}
    >
      {invalid && <Alert type="error" showIcon title="还有必填项未填写或格式不正确，请检查标红的项目" style={{ marginBottom: 16 }} role="alert" />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      {prefix}
      <Card title="诉求信息" variant="borderless" style={{ marginBottom: 16 }}>
        <Form.Item name="category" label="诉求类别" rules={[{ required: true, message: '请选择诉求类别' }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={programme.categories.map((c) => ({ value: c.id, label: c.label }))} />
        </Form.Item>
        {askZone && (
          <Form.Item
            name="zoneId"
            label="服务集聚区"
            rules={[{ required: true, message: '请选择集聚区' }]}
            extra="选择您所在或签约的集聚区，由该区服务台受理"
          >
            <Select placeholder="请选择" options={zones.map((z) => ({ value: z.id, label: z.name }))} style={{ maxWidth: 320 }} />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label="标题"
          rules={[
            { required: true, whitespace: true, message: '请填写标题' },
            { min: 2, max: 100, message: '标题 2–100 个字' },
          ]}
        >
          <Input maxLength={100} showCount placeholder="一句话概括您的诉求" />
        </Form.Item>
        <Form.Item
          name="description"
          label="详细描述"
          rules={[
            { required: true, whitespace: true, message: '请填写详细描述' },
            { min: 5, max: 5000, message: '详细描述 5–5000 个字' },
          ]}
        >
          <Input.TextArea rows={5} maxLength={5000} showCount placeholder="请说明事情经过、您的诉求和希望得到的帮助" />
        </Form.Item>
      </Card>
      <Card title={`${programme.name} · 申请信息`} variant="borderless" style={{ marginBottom: 16 }}>
        <SchemaFields programme={programme} form={form} />
      </Card>
      {evidence.enabled && (
        <Card
          title={
            <span>
              证据材料{evidence.recommended ? <Typography.Text type="warning">（建议上传）</Typography.Text> : <Typography.Text type="secondary">（选填）</Typography.Text>}
            </span>
          }
          variant="borderless"
          style={{ marginBottom: 16 }}
        >
          {evidence.hint && <Typography.Paragraph type="secondary">{evidence.hint}</Typography.Paragraph>}
          {!busy && (
            <Upload.Dragger
              multiple
              accept={EVIDENCE_ACCEPT}
              showUploadList={false}
              aria-label="选择证据材料文件"
              beforeUpload={(file) => {
                if (file.size > MAX_FILE_MB * 1024 * 1024) {
                  setError(`「${file.name}」超过 ${MAX_FILE_MB} MB，请压缩后上传`);
                  return Upload.LIST_IGNORE;
                }
                setFiles((list) => (list.some((f) => f.file.name === file.name && f.file.size === file.size) ? list : [...list, { file, percent: 0, status: 'waiting' }]));
                return false;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击或拖拽文件到此处</p>
              <p className="ant-upload-hint">{EVIDENCE_HINT}；提交诉求时一并上传</p>
            </Upload.Dragger>
          )}
          {files.length > 0 && (
            <List
              size="small"
              style={{ marginTop: 8 }}
              dataSource={files}
              renderItem={(f, i) => (
                <List.Item>
                  <div style={{ width: '100%' }}>
                    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                      <span style={{ wordBreak: 'break-all', flex: 1 }}>
                        {f.file.name} <span className="muted">（{fileSize(f.file.size)}）</span>
                      </span>
                      {!busy && (
                        <Button
                          size="small"
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={`移除 ${f.file.name}`}
                          onClick={() => setFiles((list) => list.filter((_, j) => j !== i))}
                        />
                      )}
                    </div>
                    {f.status !== 'waiting' && (
                      <Progress
                        percent={f.percent}
                        size="small"
                        status={f.status === 'error' ? 'exception' : f.status === 'done' ? 'success' : 'active'}
                        aria-label={`${f.file.name} 上传进度`}
                      />
                    )}
                    {f.error && <Typography.Text type="danger">{f.error}</Typography.Text>}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      <Space style={{ marginBottom: 24 }} wrap>
        {/* A fresh button when the request ends: antd's loading icon can stay in the DOM (and in the
            button's accessible name) when a fast answer ends its show motion in the frame it started. */}
        <Button key={busy ? 'busy' : 'idle'} type="primary" htmlType="submit" size="large" loading={busy}>
          {phase === 'filing' ? '正在提交…' : phase === 'uploading' ? '正在上传材料…' : submitText}
        </Button>
        <Typography.Text type="secondary">提交即表示您确认所填信息真实、准确。</Typography.Text>
      </Space>
    </Form>
  );
}

export function FiledResult({ c, failures, extra }: { c: CaseDetail; failures: number; extra: ReactNode }) {
  return (
    <Card variant="borderless">
      <ResultBlock
        status={failures ? 'warning' : 'success'}
        title="诉求已提交"
        subTitle={
          <>
            案件编号 <b className="reference">{c.reference}</b>。
            {failures ? `有 ${failures} 个文件上传失败，可在案件页面重新上传。` : '服务台将按时限受理，进展会在案件页面和消息中通知您。'}
          </>
        }
        extra={extra}
      />
    </Card>
  );
}
