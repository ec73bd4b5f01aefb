import type { ReactNode } from 'react';

const ICONS: Record<string, { color: string; path: string }> = {
  info: { color: '#1f5fbf', path: 'M12 2a10 10 0 100 20 10 10 0 000-20zm1 15h-2v-6h2v6zm0-8h-2V7h2v2z' },
  warning: { color: '#d46b08', path: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z' },
  error: { color: '#c8102e', path: 'M12 2a10 10 0 100 20 10 10 0 000-20zm5 13.6L15.6 17 12 13.4 8.4 17 7 15.6 10.6 12 7 8.4 8.4 7 12 10.6 15.6 7 17 8.4 13.4 12 17 15.6z' },
  success: { color: '#389e0d', path: 'M12 2a10 10 0 100 20 10 10 0 000-20zm-2 15l-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9z' },
  lock: { color: '#8c8c8c', path: 'M18 8h-1V6A5 5 0 007 6v2H6a2 2 0 00-2 2v10a2 2 0 002 2h12a2 2 0 002-2V10a2 2 0 00-2-2zm-6 9a2 2 0 110-4 2 2 0 010 4zm3.1-9H8.9V6a3.1 3.1 0 016.2 0v2z' },
  search: { color: '#8c8c8c', path: 'M15.5 14h-.8l-.3-.3A6.5 6.5 0 109.5 16a6.5 6.5 0 004.2-1.6l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0a4.5 4.5 0 110-9 4.5 4.5 0 010 9z' },
};

/**
 * A result message (icon, title, explanation, actions). antd's Result ships large illustrations
 * for 403/404/500 that would weigh on every first load; this one is a few hundred bytes.
 */
export function ResultBlock({
  status = 'info',
  title,
  subTitle,
  extra,
  compact,
}: {
  status?: keyof typeof ICONS;
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  compact?: boolean;
}) {
  const icon = ICONS[status] ?? ICONS.info;
  return (
    <div className={`result-block ${compact ? 'compact' : ''}`}>
      <svg viewBox="0 0 24 24" width={compact ? 40 : 64} height={compact ? 40 : 64} aria-hidden="true">
        <path d={icon.path} fill={icon.color} />
      </svg>
      <div className="result-title">{title}</div>
      {subTitle && <div className="result-sub">{subTitle}</div>}
      {extra && <div className="result-extra">{extra}</div>}
    </div>
  );
}
