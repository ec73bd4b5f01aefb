import { Alert, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useFeedback } from '../../components/Feedback';
import { applyProblemToForm } from '../../lib/problem';

/** A form in a modal that posts once: the server's field errors land on the fields, the rest above them. */
export function ActionModal<T extends object>({
  title,
  okText,
  done,
  submit,
  onClose,
  onDone,
  children,
}: {
  title: string;
  okText: string;
  done: string;
  submit: (values: T) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  children: (form: FormInstance<T>) => ReactNode;
}) {
  const { message } = useFeedback();
  const [form] = Form.useForm<T>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ok = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await submit(values);
      message.success(done);
      onDone();
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={title} onCancel={onClose} onOk={ok} okText={okText} confirmLoading={saving} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form form={form} layout="vertical">
        {children(form)}
      </Form>
    </Modal>
  );
}
