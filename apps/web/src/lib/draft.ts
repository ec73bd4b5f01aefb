import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';

/**
 * A half-filled form kept in this browser's localStorage, so that a reload or a closed tab loses
 * nothing; and the browser's own "leave this page?" prompt while the form has unsaved input.
 * Only for a creator's own form on their own device: never for forms holding a third party's
 * personal data (the desk's walk-in form).
 */
export function useFormDraft<T extends object>(key: string | undefined, form: FormInstance<T>) {
  const dirty = useRef(false);

  useEffect(() => {
    if (!key) return;
    try {
      const saved = localStorage.getItem(key);
      if (saved) {
        form.setFieldsValue(JSON.parse(saved));
        dirty.current = true;
      }
    } catch {
      localStorage.removeItem(key);
    }
  }, [key, form]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const save = useCallback(() => {
    dirty.current = true;
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify(form.getFieldsValue(true)));
    } catch {
      // Storage full or disabled: the draft is a convenience, the form still works.
    }
  }, [key, form]);

  const clear = useCallback(() => {
    dirty.current = false;
    if (key) localStorage.removeItem(key);
  }, [key]);

  return { save, clear, hasDraft: () => !!key && localStorage.getItem(key) !== null };
}
