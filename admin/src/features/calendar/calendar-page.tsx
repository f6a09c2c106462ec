import { CalendarOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Flex, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { useAbility } from '../auth/ability';
import './calendar.css';
import { CalendarDayEditor } from './calendar-day-editor';
import { daysByMonth, shanghaiToday, yearOf, yearTotals } from './calendar-model';
import { CalendarMonth } from './calendar-month';
import { WORKING_CALENDAR_QUERY, type CalendarDay, type WorkingCalendarYear } from './calendar-operations';
import { NextYearAlert } from './next-year-alert';

/** Years an admin may enter (server ADMIN_YEAR_RANGE); the switcher stays inside them. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function parseYear(value: string | null, fallback: number): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : fallback;
}

/** 节假日日历: the group's working calendar a year at a time (RULES.md §5), edited day by day by a group admin. */
export function CalendarPage() {
  const { t } = useI18n();
  const canEdit = useAbility().can('update', 'CalendarDay');
  const today = shanghaiToday();
  const currentYear = yearOf(today);
  const nextYear = currentYear + 1;
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('year'), currentYear);
  const [editing, setEditing] = useState<CalendarDay | null>(null);

  const setYear = useCallback(
    (next: number) => setParams(next === currentYear ? {} : { year: String(next) }, { replace: true }),
    [setParams, currentYear],
  );

  const { data, loading, error, refetch } = useQuery(WORKING_CALENDAR_QUERY, { variables: { year } });
  // The coming year's status drives the warning whatever year is on screen.
  const nextYearStatus = useQuery(WORKING_CALENDAR_QUERY, { variables: { year: nextYear } });
  const calendar = data?.workingCalendar.year === year ? data.workingCalendar : undefined;
  const nextYearMissing = nextYearStatus.data?.workingCalendar.official === false;

  const selectDay = useMemo(() => (canEdit ? (day: CalendarDay) => setEditing(day) : undefined), [canEdit]);

  let body;
  if (loading && !calendar) {
    body = (
      <Card aria-busy>
        <Typography.Text type="secondary">{t('calendar.loading', { year })}</Typography.Text>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  } else if (!calendar) {
    body = <ErrorAlert error={error} title={t('calendar.loadFailed', { year })} onRetry={() => void refetch()} />;
  } else {
    body = (
      <>
        {!calendar.official && !(year === nextYear && nextYearMissing) && (
          <Alert
            type="warning"
            showIcon
            title={t('calendar.yearMissing.title', { year })}
            description={t('calendar.yearMissing.description')}
          />
        )}
        <YearSummary calendar={calendar} canEdit={canEdit} />
        <YearGrid calendar={calendar} today={today} onSelectDay={selectDay} />
      </>
    );
  }

  return (
    <Flex vertical gap={12}>
      <PageHeader
        icon={<CalendarOutlined />}
        title={t('calendar.title')}
        subtitle={t('calendar.subtitle')}
        actions={<YearSwitcher year={year} currentYear={currentYear} onChange={setYear} />}
      />
      {nextYearMissing && <NextYearAlert year={nextYear} viewing={year === nextYear} onView={() => setYear(nextYear)} />}
      {error && calendar && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {body}
      <CalendarDayEditor day={editing} onClose={() => setEditing(null)} />
    </Flex>
  );
}

function YearSwitcher({ year, currentYear, onChange }: { year: number; currentYear: number; onChange: (year: number) => void }) {
  const { t } = useI18n();
  const options = useMemo(() => {
    const years = new Set<number>();
    for (let y = currentYear - 5; y <= currentYear + 3; y++) years.add(y);
    years.add(year);
    return [...years].sort((a, b) => a - b).map((y) => ({ value: y, label: t('calendar.year', { year: y }) }));
  }, [currentYear, year, t]);
  return (
    <Space size={8}>
      <Space.Compact>
        <Button icon={<LeftOutlined />} aria-label={t('calendar.prevYear')} title={t('calendar.prevYear')} disabled={year <= MIN_YEAR} onClick={() => onChange(year - 1)} />
        <Select<number> value={year} options={options} onChange={onChange} aria-label={t('calendar.yearSelect')} style={{ width: 104 }} />
        <Button icon={<RightOutlined />} aria-label={t('calendar.nextYearButton')} title={t('calendar.nextYearButton')} disabled={year >= MAX_YEAR} onClick={() => onChange(year + 1)} />
      </Space.Compact>
      <Button disabled={year === currentYear} onClick={() => onChange(currentYear)}>
        {t('calendar.thisYear')}
      </Button>
    </Space>
  );
}

function Total({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 76 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <Typography.Text strong style={{ fontSize: 18, color }}>
        {value}
      </Typography.Text>
    </Flex>
  );
}

/** The year's totals, where its data came from, and the legend of the marks. */
function YearSummary({ calendar, canEdit }: { calendar: WorkingCalendarYear; canEdit: boolean }) {
  const { t } = useI18n();
  const totals = useMemo(() => yearTotals(calendar.days), [calendar.days]);
  const days = (count: number) => t('calendar.totals.days', { count });
  const source = calendar.official ? (calendar.source ?? 'OFFICIAL') : null;
  return (
    <Card size="small" styles={{ body: { padding: '10px 16px' } }} data-testid="calendar-summary">
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex gap={24} align="center" wrap>
          <Total label={t('calendar.totals.workdays')} value={days(calendar.workdayCount)} color="#1677ff" />
          <Total label={t('calendar.totals.holidays')} value={days(totals.holidays)} color="#cf1322" />
          <Total label={t('calendar.totals.makeup')} value={days(totals.makeupWorkdays)} color="#ad4e00" />
          <Total label={t('calendar.totals.weekends')} value={days(totals.weekends)} />
          <Total label={t('calendar.totals.admin')} value={days(totals.adminDays)} color="#722ed1" />
          <Flex vertical gap={2}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('calendar.totals.source')}
            </Typography.Text>
            {source ? (
              <Tag color={source === 'OFFICIAL' ? 'green' : 'purple'} style={{ marginInlineEnd: 0 }}>
                {t(`calendar.source.${source}`)}
              </Tag>
            ) : (
              <Tag color="warning" style={{ marginInlineEnd: 0 }}>
                {t('calendar.source.none')}
              </Tag>
            )}
          </Flex>
        </Flex>
        <Legend canEdit={canEdit} />
      </Flex>
    </Card>
  );
}

function Legend({ canEdit }: { canEdit: boolean }) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={4} align="flex-end">
      <Space size={12} wrap aria-label={t('calendar.legend')}>
        <span>
          <span className="kesu-cal-legend-swatch kesu-cal-day-holiday">{t('calendar.mark.rest')}</span> {t('calendar.legend.holiday')}
        </span>
        <span>
          <span className="kesu-cal-legend-swatch kesu-cal-day-makeup">{t('calendar.mark.work')}</span> {t('calendar.legend.makeup')}
        </span>
        <span>
          <span className="kesu-cal-legend-swatch kesu-cal-day-weekend">6</span> {t('calendar.legend.weekend')}
        </span>
        <span>
          <span className="kesu-cal-legend-swatch" style={{ border: '2px solid #1677ff' }} /> {t('calendar.legend.today')}
        </span>
        <span>
          <span className="kesu-cal-legend-swatch kesu-cal-day-admin" style={{ position: 'relative', background: '#f5f5f5' }} />{' '}
          {t('calendar.legend.admin')}
        </span>
      </Space>
      {canEdit && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('calendar.clickHint')}
        </Typography.Text>
      )}
    </Flex>
  );
}

function YearGrid({
  calendar,
  today,
  onSelectDay,
}: {
  calendar: WorkingCalendarYear;
  today: string;
  onSelectDay?: (day: CalendarDay) => void;
}) {
  const months = useMemo(() => daysByMonth(calendar.days), [calendar.days]);
  return (
    <Row gutter={[12, 12]} data-testid="calendar-year" data-year={calendar.year}>
      {months.map((days, index) => (
        <Col key={index} xs={24} sm={12} lg={8} xl={6}>
          <CalendarMonth month={index + 1} days={days} today={today} onSelectDay={onSelectDay} />
        </Col>
      ))}
    </Row>
  );
}
