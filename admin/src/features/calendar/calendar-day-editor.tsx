import { useMutation } from '@apollo/client/react';
import { Alert, App as AntdApp, Descriptions, Form, Input, Modal, Radio, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { dayName, dayTitle, shortDate, typeKey } from './calendar-format';
import { yearOf } from './calendar-model';
import { SET_CALENDAR_DAY_MUTATION, WORKING_CALENDAR_QUERY, type CalendarDay } from './calendar-operations';

interface DayFormValues {
  arrangement: 'WORK' | 'REST';
  name?: string;
}

export interface CalendarDayEditorProps {
  /** The day being edited; null closes the editor. */
  day: CalendarDay | null;
  onClose: () => void;
}

const TYPE_COLORS = { HOLIDAY: 'red', MAKEUP_WORKDAY: 'orange', WEEKEND: 'default', WORKDAY: 'blue' } as const;

/** Sets one day to work or rest, with a holiday name. The server marks it ADMIN so official imports keep off it. */
export function CalendarDayEditor({ day, onClose }: CalendarDayEditorProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const [form] = Form.useForm<DayFormValues>();
  const [saveError, setSaveError] = useState<unknown>(null);
  const year = day ? yearOf(day.date) : 0;
  // The day's type, the year's totals and the marks all change: the year is read again before the editor closes.
  const [setCalendarDay, { loading }] = useMutation(SET_CALENDAR_DAY_MUTATION, {
    refetchQueries: [{ query: WORKING_CALENDAR_QUERY, variables: { year } }],
    awaitRefetchQueries: true,
  });

  useEffect(() => {
    if (!day) return;
    setSaveError(null);
    form.resetFields();
    form.setFieldsValue({ arrangement: day.isWorkday ? 'WORK' : 'REST', name: day.name ?? '' });
  }, [day, form]);

  const submit = async (values: DayFormValues) => {
    if (!day) return;
    setSaveError(null);
    const name = values.name?.trim() ?? '';
    try {
      const result = await setCalendarDay({
        variables: { input: { date: day.date, isWorkday: values.arrangement === 'WORK', name: name === '' ? null : name } },
      });
      const saved = result.data?.setCalendarDay.day;
      const date = shortDate(t, day.date);
      if (saved?.official) {
        message.success(t('calendar.editor.saved', { date, label: dayName(t, saved) }));
      } else {
        // In a year without data the server answers with the plain weekday rule: say what was entered instead.
        const arrangement = t(values.arrangement === 'WORK' ? 'calendar.editor.work' : 'calendar.editor.rest');
        message.success(t('calendar.editor.savedPending', { date, year, label: name ? `${arrangement} · ${name}` : arrangement }));
      }
      onClose();
    } catch (error) {
      const fields = formFieldErrors(error).filter((field) => field.name[0] === 'name');
      if (fields.length > 0) form.setFields(fields as { name: ['name']; errors: string[] }[]);
      else setSaveError(error);
    }
  };

  const source = day?.source === 'ADMIN' ? (day.official ? 'ADMIN' : 'pending') : (day?.source ?? 'rule');

  return (
    <Modal
      open={day !== null}
      title={day ? `${t('calendar.editor.title')} · ${dayTitle(t, day)}` : t('calendar.editor.title')}
      okText={t('calendar.editor.save')}
      cancelText={t('calendar.editor.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      // Rendered while closed so the form instance stays connected; it is reset for every day instead.
      forceRender
      width={480}
    >
      {day && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'current',
              label: t('calendar.editor.current'),
              children: (
                <Tag color={TYPE_COLORS[day.type]} style={{ marginInlineEnd: 0 }}>
                  {day.name ? `${t(typeKey(day.type))} · ${day.name}` : t(typeKey(day.type))}
                </Tag>
              ),
            },
            { key: 'source', label: t('calendar.editor.source'), children: t(`calendar.daySource.${source}`) },
          ]}
        />
      )}
      {day && !day.official && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(day.source === 'ADMIN' ? 'calendar.editor.pendingEntered' : 'calendar.editor.pending', { year })}
        />
      )}
      <ErrorAlert error={saveError} style={{ marginBottom: 16 }} />
      <Form<DayFormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item name="arrangement" label={t('calendar.editor.arrangement')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'WORK', label: t('calendar.editor.work') },
              { value: 'REST', label: t('calendar.editor.rest') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('calendar.editor.name')}
          extra={t('calendar.editor.name.extra')}
          rules={[{ max: 50, message: t('calendar.editor.name.max') }]}
        >
          <Input placeholder={t('calendar.editor.name.placeholder')} maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
      <Alert type="info" title={t('calendar.editor.adminNote')} style={{ fontSize: 12 }} />
    </Modal>
  );
}
