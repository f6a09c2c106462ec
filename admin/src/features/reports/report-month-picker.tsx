import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n-context';
import { currentReportMonth, periodDates, shiftReportMonth } from './report-period';

export interface ReportMonthPickerProps {
  /** `YYYY-MM`. */
  value: string;
  onChange: (month: string) => void;
  /** Period start day (25 by default, from the group's closing day once the report says so). */
  startDay?: number;
  /** "Now", for tests; the latest month that can be chosen is the one running now. */
  now?: Date;
  id?: string;
}

/**
 * The report month with its period spelled out ("2026-10-25 至 2026-11-24"): the month is named after the 24th
 * that closes it, which users otherwise misread as the calendar month.
 */
export function ReportMonthPicker({ value, onChange, startDay, now, id }: ReportMonthPickerProps) {
  const { t } = useI18n();
  const latest = currentReportMonth(now, startDay);
  const { firstDate, lastDate } = periodDates(value, startDay);
  return (
    <Flex align="center" gap={8} wrap>
      <Space.Compact>
        <Button icon={<LeftOutlined />} aria-label={t('reports.month.previous')} onClick={() => onChange(shiftReportMonth(value, -1))} />
        <DatePicker
          id={id}
          picker="month"
          allowClear={false}
          value={dayjs(`${value}-01`)}
          format={t('reports.month.format')}
          disabledDate={(d: Dayjs) => d.format('YYYY-MM') > latest}
          onChange={(d: Dayjs | null) => d && onChange(d.format('YYYY-MM'))}
          style={{ width: 130 }}
        />
        <Button
          icon={<RightOutlined />}
          aria-label={t('reports.month.next')}
          disabled={value >= latest}
          onClick={() => onChange(shiftReportMonth(value, 1))}
        />
      </Space.Compact>
      <Typography.Text type="secondary" data-testid="report-period">
        {t('reports.month.period', { from: firstDate, to: lastDate })}
      </Typography.Text>
    </Flex>
  );
}
