import { Collapse, Empty, Space, Tag, Typography } from 'antd';
import { ARTICLE_STATUS_LABELS, type KnowledgeArticleView } from '@app/contracts';

/** Knowledge articles as a list a creator reads on a phone: regulation, articles, effective date, source. */
export function ArticleList({ articles, empty = '没有找到相关文章', staff }: { articles: KnowledgeArticleView[]; empty?: string; staff?: boolean }) {
  if (!articles.length) return <Empty description={empty} />;
  return (
    <Collapse
      items={articles.map((a) => ({
        key: a.id,
        label: (
          <Space direction="vertical" size={0}>
            <span>
              {staff && <Tag color={a.status === 'published' ? 'green' : a.status === 'draft' ? 'blue' : 'default'}>{ARTICLE_STATUS_LABELS[a.status]}</Tag>}
              {a.title}
            </span>
            <span className="muted" style={{ fontSize: 12 }}>
              《{a.regulation}》{a.articleRefs.join('、')} · {a.effectiveOn} 起施行
            </span>
          </Space>
        ),
        children: (
          <>
            {a.summary && <Typography.Paragraph strong>{a.summary}</Typography.Paragraph>}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.body}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              发布机关：{a.issuingBody}；来源：{a.source}
              {a.status === 'superseded' ? '（本文已被新版本替代）' : ''}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}
