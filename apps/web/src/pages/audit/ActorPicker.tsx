import { Select, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { roleLabel } from '../../lib/labels';

interface Actor {
  id: string;
  displayName: string;
  role: string | null;
}

/** 操作人: a pick-list searched by name (GET /audit/actors); the value is the account id. */
export function ActorPicker({ value, onChange, initialName, id }: { value?: string; onChange?: (v: string | undefined) => void; initialName?: string; id?: string }) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const search = (q: string) => {
    clearTimeout(timer.current);
    if (!q.trim()) return;
    timer.current = setTimeout(async () => {
      setLoading(true);
      try {
        const found = await api.get<Actor[]>('/audit/actors', { q: q.trim() });
        setOptions(found.map((a) => ({ value: a.id, label: `${a.displayName}（${roleLabel(a.role)}）` })));
      } finally {
        setLoading(false);
      }
    }, 250);
  };
  const shown = value && !options.some((o) => o.value === value) ? [{ value, label: initialName ?? `账号 ${value.slice(0, 8)}…` }, ...options] : options;
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={shown}
      placeholder="输入姓名查找"
      notFoundContent={loading ? <Spin size="small" /> : '输入姓名查找'}
      style={{ width: 200 }}
    />
  );
}
