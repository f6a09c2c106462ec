import { EyeOutlined } from '@ant-design/icons';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { fieldKey, STATUS_COLORS, statusKey } from './case-labels';
import type { CaseEdgeRow } from './cases-operations';
import { HighlightSnippet } from './highlight-snippet';

/** Body snippets shown per card: enough to judge relevance without turning the list into a wall of text. */
const MAX_SNIPPETS = 2;

export interface CaseCardProps {
  edge: CaseEdgeRow;
  /** Drafts and cases in review show their status (and a returned draft its review note). */
  showStatus?: boolean;
}

/** One search result: title (matches highlighted), where/when/what, tags and the matching passages. */
export function CaseCard({ edge, showStatus }: CaseCardProps) {
  const { t } = useI18n();
  const { node, highlights } = edge;
  const titleHit = highlights.find((highlight) => highlight.field === 'title');
  const bodyHits = highlights.filter((highlight) => highlight.field !== 'title').slice(0, MAX_SNIPPETS);
  const place = [...new Set([node.regionName, node.orgUnitName].filter(Boolean))].join(' · ');

  return (
    <Card size="small" className="case-card" data-testid="case-card">
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={12}>
          <Link to={`/cases/${encodeURIComponent(node.id)}`} className="case-card-title">
            {titleHit ? <HighlightSnippet snippet={titleHit.snippet} /> : node.title}
          </Link>
          <Space size={4} style={{ flexShrink: 0 }}>
            {showStatus && <Tag color={STATUS_COLORS[node.status]}>{t(statusKey(node.status))}</Tag>}
            {node.grade && <Tag color="volcano">{node.grade.label}</Tag>}
          </Space>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <Space size={4} separator="·" wrap>
            {place && <span>{place}</span>}
            <span>{t('cases.reader.meta.year', { year: node.year })}</span>
            <span>{node.category.label}</span>
            {node.author && <span>{t('cases.card.author', { name: node.author.name })}</span>}
            <span>
              <EyeOutlined /> {t('cases.card.views', { count: node.viewCount })}
            </span>
          </Space>
        </Typography.Text>
        {bodyHits.length > 0 ? (
          bodyHits.map((highlight) => (
            <div key={highlight.field} className="case-snippet">
              <Typography.Text strong style={{ marginInlineEnd: 8 }}>
                {t(fieldKey(highlight.field))}
              </Typography.Text>
              <HighlightSnippet snippet={highlight.snippet} />
            </div>
          ))
        ) : (
          <Typography.Paragraph className="case-snippet" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
            {node.background}
          </Typography.Paragraph>
        )}
        {showStatus && node.status === 'DRAFT' && node.reviewNote && (
          <Typography.Text type="warning">{t('cases.card.returned', { note: node.reviewNote })}</Typography.Text>
        )}
        {node.tags.length > 0 && (
          <div>
            {node.tags.map((tag) => (
              <Tag key={tag} variant="filled" color="blue">
                {tag}
              </Tag>
            ))}
          </div>
        )}
      </Flex>
    </Card>
  );
}
