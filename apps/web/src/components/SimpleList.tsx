import { Button, Empty, Spin } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Fragment, type CSSProperties, type ReactNode } from 'react';

/**
 * A plain list with the few features the app used from antd's List (deprecated in antd 6.6):
 * items with actions, avatar/title/description, loading, empty text and a simple pager.
 */
function SimpleList<T>({
  dataSource,
  renderItem,
  loading,
  locale,
  pagination,
  style,
  size,
}: {
  dataSource: T[];
  renderItem: (item: T, index: number) => ReactNode;
  loading?: boolean;
  locale?: { emptyText?: ReactNode };
  pagination?: false | { current: number; pageSize: number; total?: number; onChange: (page: number) => void; showSizeChanger?: boolean };
  style?: CSSProperties;
  size?: 'small' | 'default';
}) {
  const pages = pagination ? Math.ceil((pagination.total ?? 0) / pagination.pageSize) : 0;
  return (
    <Spin spinning={!!loading}>
      {dataSource.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={locale?.emptyText ?? '暂无数据'} />
      ) : (
        <ul className={`simple-list ${size === 'small' ? 'small' : ''}`} style={style}>
          {dataSource.map((item, i) => (
            <Fragment key={String((item as { id?: unknown; uid?: unknown })?.id ?? (item as { uid?: unknown })?.uid ?? i)}>{renderItem(item, i)}</Fragment>
          ))}
        </ul>
      )}
      {pagination && pages > 1 && (
        <nav className="pager" aria-label="翻页">
          <Button icon={<LeftOutlined />} disabled={pagination.current <= 1} onClick={() => pagination.onChange(pagination.current - 1)}>
            上一页
          </Button>
          <span aria-live="polite">
            第 {pagination.current} / {pages} 页
          </span>
          <Button disabled={pagination.current >= pages} onClick={() => pagination.onChange(pagination.current + 1)}>
            下一页 <RightOutlined />
          </Button>
        </nav>
      )}
    </Spin>
  );
}

function Item({ children, actions, style }: { children: ReactNode; actions?: ReactNode[]; style?: CSSProperties }) {
  return (
    <li className="simple-list-item" style={style}>
      <div className="simple-list-main">{children}</div>
      {actions && actions.length > 0 && <div className="simple-list-actions">{actions}</div>}
    </li>
  );
}

function Meta({ avatar, title, description }: { avatar?: ReactNode; title?: ReactNode; description?: ReactNode }) {
  return (
    <div className="simple-list-meta">
      {avatar && <div className="simple-list-avatar">{avatar}</div>}
      <div className="simple-list-content">
        {title && <div className="simple-list-title">{title}</div>}
        {description && <div className="simple-list-desc">{description}</div>}
      </div>
    </div>
  );
}

Item.Meta = Meta;
SimpleList.Item = Item;

export { SimpleList as List };
