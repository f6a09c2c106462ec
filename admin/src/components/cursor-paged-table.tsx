import { Button, Empty, Flex, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from './error-alert';
import type { useCursorPages } from './use-cursor-pages';

/** The part of a Relay connection a paged table reads. */
export interface PagedConnection<Row> {
  edges: readonly { node: Row }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface CursorPagedTableProps<Row> {
  connection: PagedConnection<Row> | undefined;
  pageSize: number;
  pages: ReturnType<typeof useCursorPages>;
  columns: TableColumnsType<Row>;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** `<testId>-table` and `<testId>-pager`. */
  testId: string;
  scrollX: number;
  labels: {
    loadFailed: string;
    empty: string;
    summary: (figures: { total: number; page: number; pages: number }) => string;
    previous: string;
    next: string;
  };
}

/**
 * A server-paged list: the table, its empty and error states, and a pager that walks the connection by cursor
 * (`useCursorPages`) with "page N of M" from `totalCount`.
 */
export function CursorPagedTable<Row extends { id: string }>(props: CursorPagedTableProps<Row>) {
  const { connection, pageSize, pages, columns, loading, error, onRetry, testId, scrollX, labels } = props;
  const { t } = useI18n();
  if (error && !connection) return <ErrorAlert error={error} onRetry={onRetry} title={labels.loadFailed} />;
  const total = connection?.totalCount ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={connection?.edges.map((edge) => edge.node) ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: scrollX }}
        data-testid={`${testId}-table`}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={labels.empty} /> }}
      />
      <Flex justify="space-between" align="center" data-testid={`${testId}-pager`}>
        <Typography.Text type="secondary">
          {connection ? labels.summary({ total, page: pages.page + 1, pages: pageCount }) : t('common.loading')}
        </Typography.Text>
        <Space>
          <Button disabled={pages.page === 0 || loading} onClick={pages.previous}>
            {labels.previous}
          </Button>
          <Button disabled={!connection?.pageInfo.hasNextPage || loading} onClick={() => pages.next(connection?.pageInfo.endCursor)}>
            {labels.next}
          </Button>
        </Space>
      </Flex>
    </>
  );
}
