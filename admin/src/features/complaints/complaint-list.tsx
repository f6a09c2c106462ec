import { useQuery } from '@apollo/client/react';
import { Button, Checkbox, DatePicker, Flex, Input, Tag, Typography } from 'antd';
import type { InputRef, TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { CursorPagedTable } from '../../components/cursor-paged-table';
import { MultiFilterSelect } from '../../components/multi-filter-select';
import { useCursorPages } from '../../components/use-cursor-pages';
import {
  A_CLASS_CODES,
  KINDS,
  KNOWN_GRADE_CODES,
  STATUSES,
  STATUS_COLOR,
  gradeColor,
  kindKey,
  statusKey,
} from './complaint-labels';
import {
  COMPLAINTS_QUERY,
  COMPLAINT_CATEGORIES_QUERY,
  type ComplaintFilter,
  type ComplaintKind,
  type ComplaintRow,
  type ComplaintStatus,
} from './complaints-operations';
import { DueTime } from './due-time-tag';
import { formatDateTime } from './due-time';
import { useViewer } from '../auth/viewer-context';
import { RELATIVE_RANGES, matchRelativeRange, relativeRange, type RelativeRange } from './saved-filters';
import { SavedFiltersBar } from './saved-filters-bar';
import { useWorkingCalendar } from './use-working-calendar';

export const COMPLAINTS_PAGE_SIZE = 20;

/** What the filter bar edits; turned into the server's ComplaintFilter by `toServerFilter`. */
export interface ListFilter {
  search?: string;
  status?: ComplaintStatus[];
  kind?: ComplaintKind[];
  gradeCodes?: string[];
  categoryCodes?: string[];
  orgUnitId?: string;
  overdue?: boolean;
  received?: [Dayjs, Dayjs] | null;
  /** Set when `received` came from a relative preset (本月 …): a saved filter then keeps the preset, not the days. */
  receivedRelative?: RelativeRange;
}

export function toServerFilter(filter: ListFilter): ComplaintFilter {
  const nonEmpty = <T,>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);
  return {
    search: filter.search || undefined,
    status: nonEmpty(filter.status),
    kind: nonEmpty(filter.kind),
    gradeCodes: nonEmpty(filter.gradeCodes),
    categoryCodes: nonEmpty(filter.categoryCodes),
    orgUnitId: filter.orgUnitId,
    overdue: filter.overdue || undefined,
    // Whole days, Beijing time as the user sees them: from 00:00 of the first day to the end of the last.
    receivedFrom: filter.received?.[0]?.startOf('day').toISOString(),
    receivedTo: filter.received?.[1]?.endOf('day').toISOString(),
  };
}

const isFiltered = (filter: ListFilter) => Object.values(toServerFilter(filter)).some((value) => value !== undefined);

/** The saved quick filters: each replaces the current filter. */
function quickFilters(now: Dayjs): { key: 'myOverdue' | 'monthA'; filter: ListFilter }[] {
  return [
    { key: 'myOverdue', filter: { overdue: true } },
    { key: 'monthA', filter: { gradeCodes: A_CLASS_CODES, received: relativeRange('thisMonth', now), receivedRelative: 'thisMonth' } },
  ];
}

interface ComplaintListProps {
  filter: ListFilter;
  onFilterChange: (filter: ListFilter) => void;
}

export function ComplaintList({ filter, onFilterChange }: ComplaintListProps) {
  const { t } = useI18n();
  const viewer = useViewer();
  const calendar = useWorkingCalendar();
  const pages = useCursorPages();
  const { reset } = pages;
  const [searchInput, setSearchInput] = useState(filter.search ?? '');
  const searchRef = useRef<InputRef>(null);
  useEffect(() => reset(), [filter, reset]);
  useEffect(() => setSearchInput(filter.search ?? ''), [filter.search]);

  const serverFilter = useMemo(() => toServerFilter(filter), [filter]);
  const { data, previousData, loading, error, refetch } = useQuery(COMPLAINTS_QUERY, {
    variables: { first: COMPLAINTS_PAGE_SIZE, after: pages.after, filter: serverFilter },
    fetchPolicy: 'cache-and-network',
  });
  const categories = useQuery(COMPLAINT_CATEGORIES_QUERY, { variables: {} });

  // Keep the last page on screen while the next one loads, so the table does not jump.
  const connection = (data ?? previousData)?.complaints;
  const filtered = isFiltered(filter);
  const set = (patch: Partial<ListFilter>) => onFilterChange({ ...filter, ...patch });

  const columns: TableColumnsType<ComplaintRow> = [
    {
      key: 'number',
      title: t('complaints.col.number'),
      width: 125,
      render: (_, row) => <Link to={`/complaints/${encodeURIComponent(row.id)}`}>{row.number}</Link>,
    },
    {
      key: 'title',
      title: t('complaints.col.title'),
      ellipsis: true,
      render: (_, row) => (
        <Link to={`/complaints/${encodeURIComponent(row.id)}`} title={row.title} style={{ color: 'inherit' }}>
          {row.title}
        </Link>
      ),
    },
    {
      key: 'grade',
      title: t('complaints.col.grade'),
      width: 90,
      render: (_, row) => <Tag color={gradeColor(row.grade.rank)}>{row.grade.label}</Tag>,
    },
    {
      key: 'status',
      title: t('complaints.col.status'),
      width: 100,
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <Tag color={STATUS_COLOR[row.status]}>{t(statusKey(row.status))}</Tag>
          {row.kind !== 'COMPLAINT' && row.status !== 'WARNING' && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(kindKey(row.kind))}</Typography.Text>}
        </Flex>
      ),
    },
    { key: 'category', title: t('complaints.col.category'), width: 100, ellipsis: true, render: (_, row) => row.category.label },
    {
      key: 'project',
      title: t('complaints.col.project'),
      width: 120,
      ellipsis: true,
      render: (_, row) => row.project?.name ?? t('common.none'),
    },
    {
      key: 'receivedAt',
      title: t('complaints.col.receivedAt'),
      width: 135,
      render: (_, row) => formatDateTime(row.receivedAt),
    },
    {
      key: 'nextDue',
      title: t('complaints.col.nextDue'),
      width: 190,
      render: (_, row) => <DueTime facts={row} calendar={calendar} />,
    },
    {
      key: 'handler',
      title: t('complaints.col.handler'),
      width: 80,
      ellipsis: true,
      render: (_, row) => row.handler?.name ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
  ];

  const categoryOptions = (categories.data?.categories ?? []).map((c) => ({ value: c.code, label: c.label }));
  // Several categories share a label across taxonomies (投诉/需求); keep one option per code.
  const uniqueCategoryOptions = [...new Map(categoryOptions.map((o) => [o.value, o])).values()];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" data-testid="complaint-quick-filters">
        {quickFilters(dayjs()).map((quick) => (
          <Button key={quick.key} size="small" onClick={() => onFilterChange(quick.filter)}>
            {t(`complaints.quick.${quick.key}`)}
          </Button>
        ))}
        <SavedFiltersBar userId={viewer.user.id} filter={filter} canSave={filtered} onApply={onFilterChange} />
        {filtered && (
          <Button
            type="link"
            size="small"
            onClick={() => {
              onFilterChange({});
              // The button goes away with the filter: keep the keyboard focus in the filter bar, not on <body>.
              searchRef.current?.focus();
            }}
          >
            {t('complaints.filter.clear')}
          </Button>
        )}
      </Flex>
      <Flex gap={8} wrap align="center" data-testid="complaint-filters">
        <Input.Search
          ref={searchRef}
          allowClear
          aria-label={t('complaints.filter.search')}
          placeholder={t('complaints.filter.search')}
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.target.value);
            if (event.target.value === '') set({ search: undefined });
          }}
          onSearch={(value) => set({ search: value.trim() || undefined })}
          // Wide enough for the whole placeholder, which says what the search covers.
          style={{ width: 300 }}
        />
        <MultiFilterSelect<ComplaintStatus>
          aria-label={t('complaints.filter.status')}
          placeholder={t('complaints.filter.status')}
          value={filter.status ?? []}
          onChange={(status) => set({ status })}
          options={STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          style={{ width: 170 }}
        />
        <MultiFilterSelect<ComplaintKind>
          aria-label={t('complaints.filter.kind')}
          placeholder={t('complaints.filter.kind')}
          value={filter.kind ?? []}
          onChange={(kind) => set({ kind })}
          options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          style={{ width: 140 }}
        />
        <MultiFilterSelect<string>
          mode="tags"
          aria-label={t('complaints.filter.grade')}
          placeholder={t('complaints.filter.grade')}
          value={filter.gradeCodes ?? []}
          onChange={(gradeCodes) => set({ gradeCodes })}
          options={KNOWN_GRADE_CODES.map((code) => ({ value: code, label: code }))}
          style={{ width: 170 }}
        />
        <MultiFilterSelect<string>
          aria-label={t('complaints.filter.category')}
          placeholder={t('complaints.filter.category')}
          value={filter.categoryCodes ?? []}
          onChange={(categoryCodes) => set({ categoryCodes })}
          options={uniqueCategoryOptions}
          showSearch={{ optionFilterProp: 'label' }}
          loading={categories.loading}
          style={{ width: 160 }}
        />
        <OrgUnitPicker
          value={filter.orgUnitId}
          onChange={(orgUnitId) => set({ orgUnitId })}
          placeholder={t('complaints.filter.orgUnit')}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker
          // With an empty range and empty fields not allowed, the picker (rc-picker 1.12) locks the focus on its start
          // field, so Tab never leaves it: a keyboard trap. Empty ends are allowed instead; a half range still filters
          // nothing (onChange below wants both days).
          allowEmpty={[true, true]}
          aria-label={t('complaints.filter.received')}
          placeholder={[t('complaints.filter.receivedFrom'), t('complaints.filter.receivedTo')]}
          value={filter.received ?? null}
          presets={RELATIVE_RANGES.map((key) => ({ label: t(`complaints.range.${key}`), value: () => relativeRange(key) }))}
          onChange={(range) => {
            const received: [Dayjs, Dayjs] | null = range && range[0] && range[1] ? [range[0], range[1]] : null;
            set({ received, receivedRelative: received ? matchRelativeRange(received) : undefined });
          }}
          style={{ width: 240 }}
        />
        <Checkbox checked={Boolean(filter.overdue)} onChange={(event) => set({ overdue: event.target.checked || undefined })}>
          {t('complaints.filter.overdue')}
        </Checkbox>
      </Flex>

      <CursorPagedTable
        connection={connection}
        pageSize={COMPLAINTS_PAGE_SIZE}
        pages={pages}
        columns={columns}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        testId="complaints"
        scrollX={1080}
        labels={{
          loadFailed: t('complaints.list.loadFailed'),
          empty: filtered ? t('complaints.list.noMatch') : t('complaints.list.empty'),
          summary: (figures) => t('complaints.list.summary', figures),
          previous: t('complaints.list.previous'),
          next: t('complaints.list.next'),
        }}
      />
    </Flex>
  );
}
