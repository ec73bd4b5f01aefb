import { Button, Empty, Skeleton, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ResultBlock } from './ResultBlock';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../api/client';

export function PageLoading({ tip = '加载中…' }: { tip?: string }) {
  return (
    <div className="page-loading" role="status" aria-live="polite">
      <Spin size="large" />
      <span className="page-loading-tip">{tip}</span>
    </div>
  );
}

export function BlockLoading({ rows = 4 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite" aria-label="加载中">
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

/** An error with its Chinese detail, a retry, and the right words for 403 / 404. */
export function ErrorState({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const status = error instanceof ApiError ? error.status : 0;
  const title = status === 403 ? '无权访问' : status === 404 ? '未找到' : status === 0 ? '网络异常' : '加载失败';
  const resultStatus = status === 403 ? 'lock' : status === 404 ? 'search' : compact ? 'warning' : 'error';
  const extra = (
    <>
      {onRetry && status !== 403 && status !== 404 ? (
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      ) : null}
      {status === 403 || status === 404 ? (
        <Link to="/">
          <Button>返回首页</Button>
        </Link>
      ) : null}
    </>
  );
  return (
    <div role="alert">
      <ResultBlock status={resultStatus} title={title} subTitle={errorMessage(error)} extra={extra} compact={compact} />
    </div>
  );
}

/**
 * A case that cannot be shown: an unknown or malformed id, or another zone's or creator's case,
 * all read the same (the server does not say which). Retrying would not help, so none is offered.
 */
export function CaseErrorState({ error, onRetry, backTo, backLabel }: { error: unknown; onRetry: () => void; backTo: string; backLabel: string }) {
  const status = error instanceof ApiError ? error.status : 0;
  const badId = status === 400 && error instanceof ApiError && error.errors.some((e) => e.field === 'id');
  if (status !== 404 && status !== 403 && !badId) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <div role="alert">
      <ResultBlock
        status="search"
        title="案件不存在或无权查看"
        subTitle="请核对链接或案件编号；如案件属于其他账号或其他集聚区，您无权查看。"
        extra={
          <Link to={backTo}>
            <Button type="primary">{backLabel}</Button>
          </Link>
        }
      />
    </div>
  );
}

/**
 * The three states of any loaded content: loading, error (with retry), empty; renders children
 * when there is data.
 */
export function Loadable<T>({
  loading,
  error,
  data,
  onRetry,
  isEmpty,
  empty,
  skeleton,
  children,
}: {
  loading: boolean;
  error: unknown;
  data: T | undefined;
  onRetry?: () => void;
  isEmpty?: (d: T) => boolean;
  empty?: ReactNode;
  skeleton?: ReactNode;
  children: (d: T) => ReactNode;
}) {
  if (error && !loading) return <ErrorState error={error} onRetry={onRetry} compact />;
  if (data === undefined) return <>{skeleton ?? <BlockLoading />}</>;
  if (isEmpty?.(data)) return <>{empty ?? <Empty description="暂无数据" />}</>;
  return <>{children(data)}</>;
}
