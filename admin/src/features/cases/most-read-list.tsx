import { FireOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { MOST_READ_CASES_QUERY } from './cases-operations';

const MOST_READ_COUNT = 8;

/** "本月最常阅读": the published cases read most this month (Beijing time, by the server). */
export function MostReadList() {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(MOST_READ_CASES_QUERY, { variables: { first: MOST_READ_COUNT } });
  const cases = data?.mostReadCases ?? [];

  return (
    <Card
      size="small"
      title={
        <span>
          <FireOutlined style={{ color: '#fa541c', marginInlineEnd: 6 }} />
          {t('cases.mostRead.title')}
        </span>
      }
      data-testid="most-read"
    >
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton active paragraph={{ rows: 5 }} title={false} />
      ) : cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.mostRead.empty')} />
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 20 }}>
          {cases.map((item) => (
            <li key={item.id} style={{ marginBottom: 10 }}>
              <Flex vertical>
                <Link to={`/cases/${encodeURIComponent(item.id)}`}>{item.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.orgUnitName} · {t('cases.mostRead.views', { count: item.viewCount })}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
