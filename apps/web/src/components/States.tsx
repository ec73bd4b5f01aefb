import { Button, Skeleton, Spin } from 'antd';
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

