import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, App as AntdApp, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Rate, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { errorCode, formFieldErrors } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/locales';
import { AccountabilityFields, ConfirmAccountabilityFields } from './accountability-form';
import { recordAccountabilityInput, type AccountabilityValues } from './accountability-rules';
import {
  ESCALATION_REASONS,
  EXEMPTION_REASONS,
  REVIEW_METHODS,
  VISIT_METHODS,
  actionKey,
  escalationKey,
  exemptionKey,
  kindKey,
  reviewKey,
  visitKey,
  type SupportedAction,
} from './complaint-labels';
import {
  ARCHIVE_MUTATION,
  CONCLUDE_MUTATION,
  COMPLAINT_CATEGORIES_QUERY,
  CONFIRM_ACCOUNTABILITY_MUTATION,
  CONVERT_WARNING_MUTATION,
  ESCALATE_MUTATION,
  EXEMPT_DEADLINE_MUTATION,
  EXTEND_DEADLINE_MUTATION,
  MARK_INVALID_MUTATION,
  OVERRIDE_GRADE_MUTATION,
  PROJECT_GRADES_QUERY,
  RECLASSIFY_MUTATION,
  RECORD_ACCOUNTABILITY_MUTATION,
  REOPEN_MUTATION,
  RESPOND_MUTATION,
  RETURN_VISIT_MUTATION,
  START_EXTERNAL_REVIEW_MUTATION,
  START_HANDLING_MUTATION,
  START_INTERNAL_REVIEW_MUTATION,
  type ComplaintDetail,
  type ComplaintKind,
  type EscalationReason,
  type ExemptionReason,
  type ExternalReviewMethod,
  type ReturnVisitMethod,
} from './complaints-operations';

/** Everything any of the action forms may hold; each action reads its own fields. */
export interface ActionValues extends AccountabilityValues {
  note?: string;
  plan?: string;
  reason?: string;
  escalationReason?: EscalationReason;
  reviewMethod?: ExternalReviewMethod;
  acceptingHouseholds?: number;
  planApproved?: boolean;
  bindingDecision?: boolean;
  confirmationScore?: number;
  summary?: string;
  visitMethod?: ReturnVisitMethod;
  score?: number;
  serviceQuality?: string;
  serviceEffect?: string;
  shortcomings?: string;
  suggestions?: string;
  newDueAt?: Dayjs;
  gradeCode?: string;
  exemptionReason?: ExemptionReason;
  purchaseAmount?: number | null;
  toKind?: ComplaintKind;
  categoryCode?: string;
}

/** Empty text is "not given": the server treats a missing note differently from an empty one. */
const text = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);

/** Sends the transition with `{ id, version, … }`; throws what Apollo throws. */
async function sendAction(
  client: ReturnType<typeof useApolloClient>,
  action: SupportedAction,
  complaint: Pick<ComplaintDetail, 'id' | 'version'>,
  v: ActionValues,
): Promise<void> {
  const { id, version } = complaint;
  switch (action) {
    case 'RESPOND':
      await client.mutate({ mutation: RESPOND_MUTATION, variables: { input: { id, version, note: text(v.note) } } });
      return;
    case 'START_HANDLING':
      await client.mutate({ mutation: START_HANDLING_MUTATION, variables: { input: { id, version, plan: text(v.plan) } } });
      return;
    case 'ESCALATE':
      await client.mutate({
        mutation: ESCALATE_MUTATION,
        variables: { input: { id, version, reason: v.escalationReason!, note: text(v.note) } },
      });
      return;
    case 'START_INTERNAL_REVIEW':
      await client.mutate({ mutation: START_INTERNAL_REVIEW_MUTATION, variables: { input: { id, version, note: text(v.note) } } });
      return;
    case 'START_EXTERNAL_REVIEW':
      await client.mutate({
        mutation: START_EXTERNAL_REVIEW_MUTATION,
        variables: { input: { id, version, method: v.reviewMethod!, note: text(v.note) } },
      });
      return;
    case 'CONCLUDE':
      await client.mutate({
        mutation: CONCLUDE_MUTATION,
        variables: {
          input: {
            id,
            version,
            acceptingHouseholds: v.acceptingHouseholds ?? 0,
            planApproved: Boolean(v.planApproved),
            bindingDecision: v.bindingDecision || undefined,
            confirmationScore: v.confirmationScore || undefined,
            summary: text(v.summary),
          },
        },
      });
      return;
    case 'RECORD_RETURN_VISIT':
      await client.mutate({
        mutation: RETURN_VISIT_MUTATION,
        variables: {
          input: {
            id,
            version,
            method: v.visitMethod!,
            score: v.score!,
            serviceQuality: text(v.serviceQuality),
            serviceEffect: text(v.serviceEffect),
            shortcomings: text(v.shortcomings),
            suggestions: text(v.suggestions),
          },
        },
      });
      return;
    case 'REOPEN':
      await client.mutate({ mutation: REOPEN_MUTATION, variables: { input: { id, version, reason: v.reason!.trim() } } });
      return;
    case 'EXTEND_DEADLINE':
      await client.mutate({
        mutation: EXTEND_DEADLINE_MUTATION,
        variables: { input: { id, version, newDueAt: v.newDueAt!.toISOString(), reason: v.reason!.trim() } },
      });
      return;
    case 'GRANT_EXEMPTION':
      await client.mutate({
        mutation: EXEMPT_DEADLINE_MUTATION,
        variables: {
          input: {
            id,
            version,
            reason: v.exemptionReason!,
            note: v.note!.trim(),
            purchaseAmount: v.purchaseAmount === null || v.purchaseAmount === undefined ? undefined : v.purchaseAmount.toFixed(2),
          },
        },
      });
      return;
    case 'RECLASSIFY':
      await client.mutate({
        mutation: RECLASSIFY_MUTATION,
        variables: { input: { id, version, toKind: v.toKind!, categoryCode: v.categoryCode!, reason: v.reason!.trim() } },
      });
      return;
    case 'OVERRIDE_GRADE':
      await client.mutate({
        mutation: OVERRIDE_GRADE_MUTATION,
        variables: { input: { id, version, gradeCode: v.gradeCode!, reason: v.reason!.trim() } },
      });
      return;
    case 'MARK_INVALID':
      await client.mutate({ mutation: MARK_INVALID_MUTATION, variables: { input: { id, version, reason: v.reason!.trim() } } });
      return;
    case 'ARCHIVE':
      await client.mutate({ mutation: ARCHIVE_MUTATION, variables: { input: { id, version, reason: text(v.reason) } } });
      return;
    case 'CONVERT_WARNING':
      await client.mutate({ mutation: CONVERT_WARNING_MUTATION, variables: { input: { id, version, note: text(v.note) } } });
      return;
    case 'RECORD_ACCOUNTABILITY':
      await client.mutate({ mutation: RECORD_ACCOUNTABILITY_MUTATION, variables: { input: recordAccountabilityInput(complaint, v) } });
      return;
    case 'CONFIRM_ACCOUNTABILITY':
      await client.mutate({ mutation: CONFIRM_ACCOUNTABILITY_MUTATION, variables: { input: { complaintId: id, version, note: text(v.note) } } });
      return;
  }
}

/** Actions that cannot be taken back: the dialog says so and the button is red. */
const DESTRUCTIVE: ReadonlySet<SupportedAction> = new Set(['MARK_INVALID', 'ARCHIVE']);

/** Server input field → form field, so `formFieldErrors` lands under the right control. */
const SERVER_FIELD: Record<string, keyof ActionValues> = { method: 'visitMethod', newDueAt: 'newDueAt' };

interface ComplaintActionDialogProps {
  action: SupportedAction | null;
  complaint: ComplaintDetail;
  onClose: () => void;
  /** After success, and from the conflict hint: reload the complaint. */
  onDone: () => void;
}

export function ComplaintActionDialog({ action, complaint, onClose, onDone }: ComplaintActionDialogProps) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<ActionValues>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setError(null);
    form.resetFields();
    onClose();
  };

  const submit = async (values: ActionValues) => {
    if (!action) return;
    setSaving(true);
    setError(null);
    try {
      await sendAction(client, action, complaint, values);
      void message.success(t('complaints.action.done', { action: t(actionKey(action)) }));
      close();
      onDone();
    } catch (e) {
      const byField = formFieldErrors(e).map((f) => {
        // Party rows are a Form.List: `parties.1.fineAmount` lands under that row's field, without the path prefix.
        if (f.name[0] === 'parties') return { ...f, errors: f.errors.map((m) => m.replace(/^[\w.]+:\s*/, '')) };
        const top = String(f.name[f.name.length - 1]);
        return { ...f, name: [SERVER_FIELD[top] ?? top] };
      });
      if (byField.length > 0) form.setFields(byField as never);
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const conflict = error !== null && errorCode(error) === 'CONFLICT';
  const title = action ? t(actionKey(action)) : '';
  const required = (field: MessageKey) => [{ required: true, whitespace: true, message: t('complaints.form.required', { field: t(field) }) }];

  return (
    <Modal
      open={action !== null}
      title={title}
      onCancel={close}
      okText={t('complaints.action.confirm')}
      cancelText={t('complaints.action.cancel')}
      cancelButtonProps={{ autoInsertSpace: false }}
      okButtonProps={{ autoInsertSpace: false, danger: action !== null && DESTRUCTIVE.has(action), loading: saving, htmlType: 'submit', form: 'complaint-action-form' }}
      destroyOnHidden
      width={action === 'RECORD_ACCOUNTABILITY' ? 920 : 560}
    >
      {action && DESTRUCTIVE.has(action) && (
        <Alert type="warning" showIcon title={t('complaints.action.dangerHint')} style={{ marginBottom: 12 }} />
      )}
      {conflict ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('complaints.action.conflict')}
          action={
            <Button
              size="small"
              autoInsertSpace={false}
              onClick={() => {
                close();
                onDone();
              }}
            >
              {t('complaints.action.reload')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      ) : (
        <ErrorAlert error={error} style={{ marginBottom: 12 }} />
      )}
      <Form<ActionValues>
        id="complaint-action-form"
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{ acceptingHouseholds: complaint.householdCount, visitMethod: 'PHONE' }}
      >
        {action && <ActionFields action={action} complaint={complaint} required={required} />}
      </Form>
    </Modal>
  );
}

interface FieldsProps {
  action: SupportedAction;
  complaint: ComplaintDetail;
  required: (field: MessageKey) => object[];
}

const MAX_TEXT = 2000;

function ActionFields({ action, complaint, required }: FieldsProps) {
  const { t } = useI18n();
  const note = (
    <Form.Item name="note" label={t('complaints.form.note')}>
      <Input.TextArea rows={3} maxLength={MAX_TEXT} />
    </Form.Item>
  );
  const reason = (isRequired: boolean) => (
    <Form.Item name="reason" label={t('complaints.form.reason')} rules={isRequired ? required('complaints.form.reason') : []}>
      <Input.TextArea rows={3} maxLength={MAX_TEXT} />
    </Form.Item>
  );
  switch (action) {
    case 'RESPOND':
    case 'START_INTERNAL_REVIEW':
    case 'CONVERT_WARNING':
      return note;
    case 'START_HANDLING':
      return (
        <Form.Item name="plan" label={t('complaints.form.plan')} rules={required('complaints.form.plan')}>
          <Input.TextArea rows={4} maxLength={MAX_TEXT} />
        </Form.Item>
      );
    case 'ESCALATE':
      return (
        <>
          <Form.Item name="escalationReason" label={t('complaints.form.escalationReason')} rules={required('complaints.form.escalationReason')}>
            <Select options={ESCALATION_REASONS.map((r) => ({ value: r, label: t(escalationKey(r)) }))} />
          </Form.Item>
          {note}
        </>
      );
    case 'START_EXTERNAL_REVIEW':
      return (
        <>
          <Form.Item name="reviewMethod" label={t('complaints.form.reviewMethod')} rules={required('complaints.form.reviewMethod')}>
            <Select options={REVIEW_METHODS.map((m) => ({ value: m, label: t(reviewKey(m)) }))} />
          </Form.Item>
          {note}
        </>
      );
    case 'CONCLUDE':
      return (
        <>
          <Form.Item
            name="acceptingHouseholds"
            label={t('complaints.form.acceptingHouseholds')}
            rules={[{ required: true, message: t('complaints.form.required', { field: t('complaints.form.acceptingHouseholds') }) }]}
          >
            <InputNumber min={0} max={complaint.householdCount} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="planApproved"
            valuePropName="checked"
            rules={[{ validator: (_, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('complaints.form.planApprovedRequired')))) }]}
          >
            <Checkbox>{t('complaints.form.planApproved')}</Checkbox>
          </Form.Item>
          {complaint.status === 'EXTERNAL_REVIEW' && (
            <Form.Item name="bindingDecision" valuePropName="checked">
              <Checkbox>{t('complaints.form.bindingDecision')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="confirmationScore" label={t('complaints.form.confirmationScore')}>
            <Rate />
          </Form.Item>
          <Form.Item name="summary" label={t('complaints.form.summary')}>
            <Input.TextArea rows={3} maxLength={MAX_TEXT} />
          </Form.Item>
        </>
      );
    case 'RECORD_RETURN_VISIT':
      return (
        <>
          <Form.Item name="visitMethod" label={t('complaints.form.visitMethod')} rules={required('complaints.form.visitMethod')}>
            <Select options={VISIT_METHODS.map((m) => ({ value: m, label: t(visitKey(m)) }))} />
          </Form.Item>
          <Form.Item
            name="score"
            label={t('complaints.form.score')}
            rules={[{ required: true, message: t('complaints.form.required', { field: t('complaints.form.score') }) }]}
          >
            <Rate />
          </Form.Item>
          <Form.Item name="serviceQuality" label={t('complaints.form.serviceQuality')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="serviceEffect" label={t('complaints.form.serviceEffect')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="shortcomings" label={t('complaints.form.shortcomings')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="suggestions" label={t('complaints.form.suggestions')}>
            <Input maxLength={500} />
          </Form.Item>
        </>
      );
    case 'REOPEN':
    case 'MARK_INVALID':
      return reason(true);
    case 'ARCHIVE':
      return reason(false);
    case 'EXTEND_DEADLINE':
      return (
        <>
          <Form.Item
            name="newDueAt"
            label={t('complaints.form.newDueAt')}
            rules={[
              { required: true, message: t('complaints.form.required', { field: t('complaints.form.newDueAt') }) },
              {
                validator: (_, value: Dayjs | undefined) =>
                  !value || !complaint.resolutionDueAt || value.isAfter(dayjs(complaint.resolutionDueAt))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('complaints.form.dueInFuture'))),
              },
            ]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          {reason(true)}
        </>
      );
    case 'GRANT_EXEMPTION':
      return <ExemptionFields required={required} />;
    case 'RECORD_ACCOUNTABILITY':
      return <AccountabilityFields complaint={complaint} />;
    case 'CONFIRM_ACCOUNTABILITY':
      return <ConfirmAccountabilityFields />;
    case 'RECLASSIFY':
      return (
        <>
          <ReclassifyFields complaint={complaint} required={required} />
          {reason(true)}
        </>
      );
    case 'OVERRIDE_GRADE':
      return (
        <>
          <GradeSelect complaint={complaint} required={required} />
          {reason(true)}
        </>
      );
  }
}

/** The grades of the scheme that applies to the complaint's project (the newest version). */
function GradeSelect({ complaint, required }: Pick<FieldsProps, 'complaint' | 'required'>) {
  const { t } = useI18n();
  const projectId = complaint.project?.id;
  const { data, loading } = useQuery(PROJECT_GRADES_QUERY, { variables: { orgUnitId: projectId ?? '' }, skip: !projectId });
  const grades = data?.gradeSchemes[0]?.grades ?? [];
  return (
    <Form.Item name="gradeCode" label={t('complaints.form.gradeCode')} rules={required('complaints.form.gradeCode')}>
      <Select
        loading={loading}
        options={[...grades]
          .sort((a, b) => b.rank - a.rank)
          .map((g) => ({ value: g.code, label: g.label, disabled: g.code === complaint.grade.code }))}
      />
    </Form.Item>
  );
}

/** 时限豁免 (RULES §5): long engineering work, or a purchase of 5,000 yuan or more (amount then required). */
function ExemptionFields({ required }: Pick<FieldsProps, 'required'>) {
  const { t } = useI18n();
  const reason = Form.useWatch<ExemptionReason | undefined>('exemptionReason');
  return (
    <>
      <Form.Item name="exemptionReason" label={t('complaints.form.exemptionReason')} rules={required('complaints.form.exemptionReason')}>
        <Select options={EXEMPTION_REASONS.map((r) => ({ value: r, label: t(exemptionKey(r)) }))} />
      </Form.Item>
      {reason === 'LARGE_PURCHASE' && (
        <Form.Item
          name="purchaseAmount"
          label={t('complaints.form.purchaseAmount')}
          rules={[
            { required: true, message: t('complaints.form.required', { field: t('complaints.form.purchaseAmount') }) },
            { type: 'number', min: 5000, message: t('complaints.form.purchaseMin') },
          ]}
        >
          <InputNumber min={0} precision={2} style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('complaints.form.note')} rules={required('complaints.form.note')}>
        <Input.TextArea rows={3} maxLength={MAX_TEXT} />
      </Form.Item>
    </>
  );
}

/** 改划类型: complaint ↔ demand, with a category of the target taxonomy. */
function ReclassifyFields({ complaint, required }: Pick<FieldsProps, 'complaint' | 'required'>) {
  const { t } = useI18n();
  const form = Form.useFormInstance<ActionValues>();
  const toKind = Form.useWatch<ComplaintKind | undefined>('toKind');
  const { data, loading } = useQuery(COMPLAINT_CATEGORIES_QUERY, { variables: { kind: toKind }, skip: !toKind });
  const kinds: ComplaintKind[] = (['COMPLAINT', 'DEMAND'] as const).filter((k) => k !== complaint.kind);
  return (
    <>
      <Form.Item name="toKind" label={t('complaints.form.toKind')} rules={required('complaints.form.toKind')}>
        <Select
          options={kinds.map((k) => ({ value: k, label: t(kindKey(k)) }))}
          onChange={() => form.setFieldValue('categoryCode', undefined)}
        />
      </Form.Item>
      <Form.Item name="categoryCode" label={t('complaints.form.category')} rules={required('complaints.form.category')}>
        <Select
          disabled={!toKind}
          loading={loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(data?.categories ?? []).map((c) => ({ value: c.code, label: c.label }))}
        />
      </Form.Item>
    </>
  );
}
