import { useMutation } from '@apollo/client/react';
import { Alert, App as AntdApp, Button, Space, Typography } from 'antd';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { Can, useAbility } from '../auth/ability';
import { ADD_CALENDAR_YEAR_MUTATION, WORKING_CALENDAR_QUERY } from './calendar-operations';

export interface NextYearAlertProps {
  /** The year after the current one, the first a deadline can run into. */
  year: number;
  /** Whether the admin is already looking at that year (then "view" makes no sense). */
  viewing: boolean;
  onView: () => void;
}

/**
 * Shown while the coming year has no holiday data: deadlines that cross into it cannot be computed (the server
 * refuses them). A group admin may confirm entering the year without official data.
 */
export function NextYearAlert({ year, viewing, onView }: NextYearAlertProps) {
  const { t } = useI18n();
  const { message, modal } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const canAdd = useAbility().can('create', 'CalendarDay');
  const [addCalendarYear, { loading }] = useMutation(ADD_CALENDAR_YEAR_MUTATION, {
    refetchQueries: [{ query: WORKING_CALENDAR_QUERY, variables: { year } }],
    awaitRefetchQueries: true,
  });

  const confirmAdd = () =>
    modal.confirm({
      title: t('calendar.addYear.confirmTitle', { year }),
      content: (
        <Space orientation="vertical" size={8}>
          <Typography.Text>{t('calendar.addYear.confirmEffect', { year })}</Typography.Text>
          <Typography.Text type="warning">{t('calendar.addYear.confirmOfficial')}</Typography.Text>
        </Space>
      ),
      okText: t('calendar.addYear.ok'),
      cancelText: t('calendar.addYear.cancel'),
      width: 480,
      onOk: async () => {
        try {
          await addCalendarYear({ variables: { input: { year } } });
          message.success(t('calendar.addYear.done', { year }));
        } catch (error) {
          message.error(toMessage(error));
        }
      },
    });

  return (
    <Alert
      type="warning"
      showIcon
      data-testid="next-year-alert"
      title={t('calendar.nextYear.title', { year })}
      description={
        <>
          {t('calendar.nextYear.description', { year })}
          {!canAdd && ` ${t('calendar.nextYear.contactAdmin')}`}
          {viewing && <div>{t('calendar.yearMissing.description')}</div>}
        </>
      }
      action={
        <Space orientation="vertical" size={8} align="end">
          <Can I="create" a="CalendarDay">
            <Button type="primary" size="small" loading={loading} onClick={confirmAdd}>
              {t('calendar.nextYear.add', { year })}
            </Button>
          </Can>
          {!viewing && (
            <Button size="small" onClick={onView}>
              {t('calendar.nextYear.view', { year })}
            </Button>
          )}
        </Space>
      }
    />
  );
}
