import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Input, Row, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { Can, useAbility } from '../auth/ability';
import { CaseResults } from './case-results';
import { CaseSearchFiltersBar, EMPTY_FILTERS, type CaseSearchFilters } from './case-search-filters';
import type { CaseFilter } from './cases-operations';
import { MostReadList } from './most-read-list';

type TabKey = 'library' | 'drafts';

function toCaseFilter(query: string, filters: CaseSearchFilters, tab: TabKey): CaseFilter {
  return {
    query: query.trim() || undefined,
    categoryCodes: filters.categoryCodes.length > 0 ? filters.categoryCodes : undefined,
    gradeCodes: filters.gradeCodes.length > 0 ? filters.gradeCodes : undefined,
    tags: filters.tags.length > 0 ? filters.tags : undefined,
    orgUnitId: filters.orgUnitId,
    year: filters.year,
    // The library shows published cases only; work in progress lives on its own tab.
    status: tab === 'drafts' ? ['DRAFT', 'IN_REVIEW'] : ['PUBLISHED'],
  };
}

/** `/cases`: search the library; customer-relations roles also see drafts and cases waiting for review. */
export function CaseLibrary() {
  const { t } = useI18n();
  const ability = useAbility();
  const navigate = useNavigate();
  // The query and tab live in the URL, so "返回案例库" from a case comes back to the same search.
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const mayWrite = ability.can('create', 'Case');
  const tab: TabKey = mayWrite && params.get('tab') === 'drafts' ? 'drafts' : 'library';
  const [draftQuery, setDraftQuery] = useState(query);
  const [filters, setFilters] = useState<CaseSearchFilters>(EMPTY_FILTERS);
  const filter = useMemo(() => toCaseFilter(query, filters, tab), [query, filters, tab]);

  const updateParams = (patch: { q?: string; tab?: TabKey }) => {
    const next = new URLSearchParams(params);
    if (patch.q !== undefined) {
      if (patch.q.trim()) next.set('q', patch.q.trim());
      else next.delete('q');
    }
    if (patch.tab !== undefined) {
      if (patch.tab === 'drafts') next.set('tab', 'drafts');
      else next.delete('tab');
    }
    setParams(next, { replace: true });
  };

  const results = <CaseResults filter={filter} drafts={tab === 'drafts'} />;

  return (
    <Flex vertical gap={16}>
      <PageHeader
        icon={<BookOutlined />}
        title={t('cases.title')}
        subtitle={t('cases.subtitle')}
        actions={
          <Can I="create" a="Case">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/cases/new')}>
              {t('cases.new')}
            </Button>
          </Can>
        }
      />
      <Card>
        <Flex vertical gap={16}>
          <Input.Search
            size="large"
            allowClear
            enterButton={t('cases.search.button')}
            aria-label={t('cases.search.label')}
            placeholder={t('cases.search.placeholder')}
            value={draftQuery}
            onChange={(event) => {
              setDraftQuery(event.target.value);
              // Clearing the box (×) shows the newest cases again without another click.
              if (event.target.value === '' && query !== '') updateParams({ q: '' });
            }}
            onSearch={(value) => updateParams({ q: value })}
          />
          <CaseSearchFiltersBar value={filters} onChange={setFilters} />
        </Flex>
      </Card>
      <Row gutter={16} wrap={false}>
        <Col flex="auto" style={{ minWidth: 0 }}>
          {mayWrite ? (
            <Tabs
              activeKey={tab}
              onChange={(key) => updateParams({ tab: key as TabKey })}
              items={[
                { key: 'library', label: t('cases.tab.library'), children: tab === 'library' && results },
                { key: 'drafts', label: t('cases.tab.drafts'), children: tab === 'drafts' && results },
              ]}
            />
          ) : (
            results
          )}
        </Col>
        <Col flex="300px" className="case-no-print">
          <MostReadList />
        </Col>
      </Row>
    </Flex>
  );
}
