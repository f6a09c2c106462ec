import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { CaseCard } from './case-card';
import { CASES_QUERY, type CaseFilter } from './cases-operations';

const PAGE_SIZE = 20;

export interface CaseResultsProps {
  filter: CaseFilter;
  /** The drafts tab shows statuses and has its own empty text. */
  drafts?: boolean;
}

/** The result list of one search: total, cards, and "加载更多" over the connection's cursor. */
export function CaseResults({ filter, drafts }: CaseResultsProps) {
  const { t } = useI18n();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CASES_QUERY, {
    variables: { first: PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search loads, keep the previous results (dimmed) instead of flashing a skeleton.
  const connection = (data ?? previousData)?.cases;
  const query = filter.query?.trim();

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          cases: {
            ...fetchMoreResult.cases,
            edges: [...previous.cases.edges, ...fetchMoreResult.cases.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  if (error && !connection) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Skeleton active paragraph={{ rows: 8 }} />;

  const total = connection.totalCount;
  return (
    <Flex vertical gap={12} style={{ opacity: loading && !loadingMore ? 0.6 : 1 }} aria-busy={loading}>
      {total > 0 && (
        <Typography.Text type="secondary" data-testid="case-total">
          {query ? t('cases.total.query', { query, count: total }) : t('cases.total', { count: total })}
        </Typography.Text>
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {connection.edges.length === 0 ? (
        <Empty
          description={
            drafts ? (
              t('cases.empty.drafts')
            ) : (
              <Flex vertical gap={4}>
                <span>{t('cases.empty.title')}</span>
                <Typography.Text type="secondary">{t('cases.empty.hint')}</Typography.Text>
              </Flex>
            )
          }
          style={{ padding: '40px 0' }}
        />
      ) : (
        connection.edges.map((edge) => <CaseCard key={edge.node.id} edge={edge} showStatus={drafts} />)
      )}
      {connection.edges.length > 0 && (
        <Flex justify="center">
          {connection.pageInfo.hasNextPage ? (
            <Button onClick={() => void loadMore()} loading={loadingMore}>
              {t('cases.loadMore')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('cases.noMore')}</Typography.Text>
          )}
        </Flex>
      )}
    </Flex>
  );
}
