import { Form } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../api/client';
import { applyProblemToForm } from './problem';

/**
 * A dialog's form that sends to the api: validates, sends, puts the api's field errors on the
 * fields they name and the rest in `error` for an alert, and hands the answer to `done`.
 */
export function useModalForm<T, R = unknown>(send: (values: T) => Promise<R>, done: (answer: R) => void) {
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    let values: T;
    try {
      values = (await form.validateFields()) as T;
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      done(await send(values));
    } catch (e) {
      const rest = applyProblemToForm(form, e);
      if (rest.length || !(e instanceof ApiError && e.errors.length)) setError(rest.join('；') || errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return { form, saving, error, submit };
}
