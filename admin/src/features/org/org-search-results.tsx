import { Alert, Button, Empty, Flex, Spin, Typography, theme } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { OrgLevelTag } from './org-level-tag';
import { ORG_UNITS_QUERY } from './org-operations';
import { toSummary } from './org-unit-loader';
import type { OrgUnitSummary } from './org-tree-model';

const SEARCH_PAGE_SIZE = 50;

interface OrgSearchResultsProps {
  term: string;
  selectedId: string | null;
  onSelect: (unit: OrgUnitSummary) => void;
  /** Lets the page learn the units (for details and parent names); must be a stable callback. */
  onLoaded: (units: OrgUnitSummary[]) => void;
  onClear: () => void;
}

export function OrgSearchResults({ term, selectedId, onSelect, onLoaded, onClear }: OrgSearchResultsProps) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  // Server-side search: it covers the whole permitted scope, not just the nodes expanded so far.
  const { data, loading, error } = useQuery(ORG_UNITS_QUERY, {
    variables: { first: SEARCH_PAGE_SIZE, filter: { search: term } },
    fetchPolicy: 'network-only',
  });

  const units = useMemo(() => data?.orgUnits.edges.map((edge) => toSummary(edge.node)), [data]);
  useEffect(() => {
    if (units) onLoaded(units);
  }, [units, onLoaded]);

  const header = (
    <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
      <Typography.Text type="secondary" data-testid="org-search-summary">
        {data ? t('org.search.results', { count: data.orgUnits.totalCount }) : t('common.loading')}
      </Typography.Text>
      <Button type="link" size="small" onClick={onClear}>
        {t('org.search.clear')}
      </Button>
    </Flex>
  );

  if (error) {
    return (
      <>
        {header}
        <Alert type="error" showIcon title={t('org.loadFailed', { message: error.message })} />
      </>
    );
  }

  return (
    <div data-testid="org-search-results">
      {header}
      <Spin spinning={loading}>
        {units && units.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.search.empty')} />
        ) : (
          <Flex vertical gap={2} role="list">
            {units?.map((unit) => (
              <Button
                key={unit.id}
                role="listitem"
                type="text"
                block
                aria-current={unit.id === selectedId}
                onClick={() => onSelect(unit)}
                style={{
                  justifyContent: 'space-between',
                  height: 'auto',
                  paddingBlock: 6,
                  background: unit.id === selectedId ? token.controlItemBgActive : undefined,
                }}
              >
                <Flex gap={8} align="center" style={{ minWidth: 0 }}>
                  <span className="org-search-name">{unit.name}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {unit.code}
                  </Typography.Text>
                </Flex>
                <OrgLevelTag level={unit.level} levelLabel={unit.levelLabel} />
              </Button>
            ))}
          </Flex>
        )}
      </Spin>
    </div>
  );
}
