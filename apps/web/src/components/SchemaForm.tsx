import { Button, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { CheckboxGroup } from './CheckboxGroup';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FormInstance, FormRule } from 'antd';
import type { Programme } from '../api/types';
import { conditionalRequired, intakeFields, type IntakeField } from '../lib/schema';
import { dayjs } from '../lib/time';

const WEB_LINK = /^https?:\/\/\S+$/i;

function rulesFor(f: IntakeField, required: boolean): FormRule[] {
  const rules: FormRule[] = [];
  const s = f.schema;
  if (required) {
    if (f.widget === 'tag-list' || f.widget === 'checkboxes')
      rules.push({ required: true, type: 'array', min: Math.max(1, s.minItems ?? 1), message: `请填写${f.title}` });
    else if (f.widget === 'switch') rules.push({ required: true, type: 'boolean', message: `请选择${f.title}` });
    else rules.push({ required: true, whitespace: f.widget === 'input' || f.widget === 'textarea', message: `请填写${f.title}` });
  }
  if (s.maxLength && (f.widget === 'input' || f.widget === 'textarea')) rules.push({ max: s.maxLength, message: `${f.title}最多 ${s.maxLength} 个字` });
  if (s.maxItems && (f.widget === 'tag-list' || f.widget === 'checkboxes'))
    rules.push({ type: 'array', max: s.maxItems, message: `${f.title}最多 ${s.maxItems} 项` });
  if (f.widget === 'tag-list' && s.items?.maxLength) {
    const max = s.items.maxLength;
    rules.push({
      validator: (_, v: string[] | undefined) =>
        (v ?? []).every((x) => x.length <= max) ? Promise.resolve() : Promise.reject(new Error(`每项最多 ${max} 个字`)),
    });
  }
  return rules;
}

function UrlList({ f, required }: { f: IntakeField; required: boolean }) {
  const min = required ? Math.max(1, f.schema.minItems ?? 1) : 0;
  const max = f.schema.maxItems ?? 20;
  return (
    <Form.List
      name={['intake', f.key]}
      initialValue={Array.from({ length: Math.max(1, min) }, () => '')}
      rules={
        min
          ? [
              {
                validator: async (_, v: string[] | undefined) => {
                  if ((v ?? []).filter(Boolean).length < min) throw new Error(`请至少填写 ${min} 个${f.title}`);
                },
              },
            ]
          : []
      }
    >
      {(items, { add, remove }, { errors }) => (
        <Form.Item
          label={f.title}
          required={required}
          extra={f.hint.help}
          className="url-list"
          // The group label; each input also has its own aria-label.
        >
          {items.map((item, index) => (
            <Space.Compact key={item.key} style={{ width: '100%', marginBottom: 8 }}>
              <Form.Item
                name={item.name}
                noStyle
                validateTrigger={['onChange', 'onBlur']}
                rules={[
                  { required: index < min, message: `请填写${f.title}` },
                  { pattern: WEB_LINK, message: '请填写以 http:// 或 https:// 开头的完整链接' },
                  { max: f.schema.items?.maxLength ?? 2048, message: '链接过长' },
                ]}
              >
                <Input inputMode="url" placeholder={f.hint.placeholder ?? 'https://'} aria-label={`${f.title} 第 ${index + 1} 个`} />
              </Form.Item>
              {items.length > min && (
                <Button icon={<DeleteOutlined />} onClick={() => remove(item.name)} aria-label={`删除第 ${index + 1} 个${f.title}`} />
              )}
            </Space.Compact>
          ))}
          {items.length < max && (
            <Button type="dashed" onClick={() => add('')} icon={<PlusOutlined />} block>
              添加{f.title}
            </Button>
          )}
          <Form.ErrorList errors={errors} />
        </Form.Item>
      )}
    </Form.List>
  );
}

function Field({ f, required }: { f: IntakeField; required: boolean }) {
  const name = ['intake', f.key];
  const common = { name, label: f.title, extra: f.hint.help, rules: rulesFor(f, required), required };
  const s = f.schema;
  switch (f.widget) {
    case 'url-list':
      return <UrlList f={f} required={required} />;
    case 'tag-list':
      return (
        <Form.Item {...common}>
          <Select
            mode="tags"
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、', '\n']}
            placeholder={f.hint.placeholder ?? '输入后按回车，可填写多个'}
            maxCount={s.maxItems}
          />
        </Form.Item>
      );
    case 'checkboxes':
      return (
        <Form.Item {...common}>
          <CheckboxGroup options={f.options.map((o) => ({ value: o.id, label: o.label }))} />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item {...common}>
          <Select
            allowClear={!required}
            placeholder={f.hint.placeholder ?? '请选择'}
            options={f.options.map((o) => ({ value: o.id, label: o.label }))}
          />
        </Form.Item>
      );
    case 'radio':
      return (
        <Form.Item {...common}>
          <Radio.Group options={f.options.map((o) => ({ value: o.id, label: o.label }))} optionType="button" buttonStyle="solid" />
        </Form.Item>
      );
    case 'switch':
      return (
        <Form.Item {...common} valuePropName="checked" initialValue={false}>
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          {...common}
          getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
          normalize={(d: ReturnType<typeof dayjs> | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
        >
          <DatePicker
            style={{ width: '100%', maxWidth: 280 }}
            placeholder={f.hint.placeholder ?? '请选择日期'}
            disabledDate={(d) => d.isAfter(dayjs().endOf('day'))}
            inputReadOnly
          />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common}>
          <InputNumber
            style={{ width: '100%', maxWidth: 280 }}
            min={s.minimum}
            max={s.maximum}
            precision={s.type === 'integer' ? 0 : undefined}
            placeholder={f.hint.placeholder}
          />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item {...common}>
          <Input.TextArea rows={f.hint.rows ?? 4} maxLength={s.maxLength} showCount={!!s.maxLength} placeholder={f.hint.placeholder} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item {...common}>
          <Input maxLength={s.maxLength} placeholder={f.hint.placeholder} inputMode={s.format === 'uri' ? 'url' : undefined} />
        </Form.Item>
      );
  }
}

/**
 * The programme's intake fields, rendered from its JSON Schema and ui hints, under the form
 * name `intake` (so the api's `intake.urls[0]` error lands on the right input).
 */
export function SchemaFields({ programme, form }: { programme: Programme; form: FormInstance }) {
  const values = (Form.useWatch('intake', form) ?? {}) as Record<string, unknown>;
  const fields = intakeFields(programme);
  const extraRequired = conditionalRequired(programme, values);
  return (
    <>
      {fields.map((f) => {
        const vw = f.hint.visibleWhen;
        if (vw && values[vw.field] !== vw.equals) return null;
        return <Field key={f.key} f={f} required={f.required || extraRequired.has(f.key)} />;
      })}
    </>
  );
}

/** Drops empty optional values (the schema would refuse '' for a minLength 1 field) and hidden fields. */
export function cleanIntake(programme: Programme, intake: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const values = intake ?? {};
  for (const f of intakeFields(programme)) {
    const vw = f.hint.visibleWhen;
    if (vw && values[vw.field] !== vw.equals) continue;
    let v = values[f.key];
    if (typeof v === 'string') v = v.trim();
    if (Array.isArray(v)) v = v.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '' && x !== null && x !== undefined);
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0 && !f.required)) continue;
    out[f.key] = v;
  }
  return out;
}
