import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { OrgUnitPicker } from '../org/org-unit-picker';
import {
  MAX_CONCLUSION,
  MAX_NOTE,
  MAX_PARTIES,
  MAX_PARTY_NAME,
  fineAmountProblem,
  refProblem,
  shareProblem,
  sharesProblem,
  shareTotal,
  type PartyValues,
} from './accountability-rules';
import { PARTY_KINDS, PENALTIES, partyKindKey, penaltyKey } from './complaint-labels';
import {
  ACCOUNTABILITY_DEPARTMENTS_QUERY,
  ACCOUNTABILITY_PEOPLE_QUERY,
  type AccountabilityPartyKind,
  type ComplaintDetail,
} from './complaints-operations';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DELAY_MS = 250;

/**
 * 记录问责 (权责研判): the conclusion and the responsible parties, each a department, org unit or person picked from
 * the caller's scope, or a contractor by name, with a share, a penalty and (for a fine) an amount. Rendered inside
 * the complaint action dialog's form; `accountability-rules.ts` holds the checks and the mutation input.
 */
export function AccountabilityFields({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const parties = Form.useWatch<PartyValues[] | undefined>('parties');
  const total = shareTotal(parties);
  return (
    <>
      <Form.Item
        name="conclusion"
        label={t('complaints.accountability.conclusion')}
        rules={[{ required: true, whitespace: true, message: t('complaints.form.required', { field: t('complaints.accountability.conclusion') }) }]}
      >
        <Input.TextArea rows={3} maxLength={MAX_CONCLUSION} />
      </Form.Item>
      <Form.List
        name="parties"
        initialValue={[{ kind: 'DEPARTMENT' }]}
        rules={[
          {
            validator: (_, value: PartyValues[] | undefined) => {
              const problem = sharesProblem(value);
              return problem ? Promise.reject(new Error(t(problem.key, { total: problem.total ?? 0, max: MAX_PARTIES }))) : Promise.resolve();
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={12} style={{ marginBottom: 16 }}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{t('complaints.accountability.parties')}</Typography.Text>
              {fields.length > 0 && (
                <Typography.Text type={total === 100 ? 'secondary' : 'warning'} data-testid="share-total">
                  {t('complaints.accountability.shareTotal', { total })}
                </Typography.Text>
              )}
            </Flex>
            {fields.length === 0 && <Typography.Text type="secondary">{t('complaints.accountability.noParties')}</Typography.Text>}
            {fields.map((field, index) => (
              <PartyRow key={field.key} name={field.name} index={index} projectId={complaint.project?.id} onRemove={() => remove(field.name)} />
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_PARTIES}
              onClick={() => add({ kind: 'DEPARTMENT' })}
              autoInsertSpace={false}
            >
              {t('complaints.accountability.addParty')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Form.Item
        name="unsatisfiedVisitReason"
        label={t('complaints.accountability.unsatisfiedVisitReason')}
        extra={t('complaints.accountability.unsatisfiedVisitHint')}
      >
        <Input.TextArea rows={2} maxLength={MAX_NOTE} />
      </Form.Item>
    </>
  );
}

interface PartyRowProps {
  /** The row's name within the Form.List. */
  name: number;
  index: number;
  projectId: string | undefined;
  onRemove: () => void;
}

function PartyRow({ name, index, projectId, onRemove }: PartyRowProps) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<AccountabilityPartyKind | undefined>(['parties', name, 'kind']);
  const path = (field: keyof PartyValues) => ['parties', name, field];
  const label = t('complaints.accountability.party', { n: index + 1 });
  return (
    <Card
      size="small"
      title={label}
      data-testid={`party-${index}`}
      extra={
        <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={`${t('complaints.accountability.removeParty')} ${label}`}>
          {t('complaints.accountability.removeParty')}
        </Button>
      }
    >
      <Row gutter={12}>
        <Col xs={24} sm={6}>
          <Form.Item name={[name, 'kind']} label={t('complaints.accountability.field.kind')} rules={[{ required: true, message: t('complaints.form.required', { field: t('complaints.accountability.field.kind') }) }]}>
            <Select
              options={PARTY_KINDS.map((k) => ({ value: k, label: t(partyKindKey(k)) }))}
              onChange={() => {
                // Another kind names another thing: what was picked (and named after it) no longer applies.
                form.setFieldValue(path('refId'), undefined);
                form.setFieldValue(path('name'), undefined);
              }}
            />
          </Form.Item>
        </Col>
        {kind !== 'CONTRACTOR' && (
          <Col xs={24} sm={10}>
            <Form.Item
              name={[name, 'refId']}
              label={t('complaints.accountability.field.ref')}
              rules={[{ validator: (_, value: string | undefined) => rejectWith(t, refProblem(kind, value)) }]}
            >
              <PartyRefPicker kind={kind} projectId={projectId} onPicked={(picked) => form.setFieldValue(path('name'), picked)} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} sm={kind === 'CONTRACTOR' ? 18 : 8}>
          <Form.Item
            name={[name, 'name']}
            label={t('complaints.accountability.field.name')}
            rules={[{ required: true, whitespace: true, message: t('complaints.form.required', { field: t('complaints.accountability.field.name') }) }]}
          >
            <Input maxLength={MAX_PARTY_NAME} placeholder={kind === 'CONTRACTOR' ? t('complaints.accountability.contractorName') : undefined} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={5}>
          <Form.Item
            name={[name, 'share']}
            label={t('complaints.accountability.field.share')}
            rules={[
              { required: true, message: t('complaints.form.required', { field: t('complaints.accountability.field.share') }) },
              { validator: (_, value: number | null | undefined) => rejectWith(t, shareProblem(value)) },
            ]}
          >
            <InputNumber
              min={0}
              max={100}
              precision={0}
              style={{ width: '100%' }}
              // The list's "shares add up to 100" message is checked on submit; once shown, it follows the shares.
              onChange={() => {
                if (form.getFieldError(['parties']).length > 0) void form.validateFields([['parties']]).catch(() => undefined);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item
            name={[name, 'penalty']}
            label={t('complaints.accountability.field.penalty')}
            rules={[{ required: true, message: t('complaints.form.required', { field: t('complaints.accountability.field.penalty') }) }]}
          >
            <Select options={PENALTIES.map((p) => ({ value: p, label: t(penaltyKey(p)) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item
            name={[name, 'fineAmount']}
            label={t('complaints.accountability.field.fineAmount')}
            dependencies={[path('penalty')]}
            rules={[
              {
                validator: (_, value: string | undefined) => rejectWith(t, fineAmountProblem(form.getFieldValue(path('penalty')), value)),
              },
            ]}
          >
            <Input inputMode="decimal" maxLength={15} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={7}>
          <Form.Item name={[name, 'note']} label={t('complaints.accountability.field.note')}>
            <Input maxLength={MAX_NOTE} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

function rejectWith(t: ReturnType<typeof useI18n>['t'], problem: Parameters<ReturnType<typeof useI18n>['t']>[0] | null) {
  return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
}

interface PartyRefPickerProps {
  kind: AccountabilityPartyKind | undefined;
  projectId: string | undefined;
  /** The picked thing's name, to fill in the party's name. */
  onPicked: (name: string) => void;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
}

/** Whom a party names, by kind: a department near the project, an org unit from the tree, a person by search. */
function PartyRefPicker({ kind, projectId, onPicked, value, onChange, id }: PartyRefPickerProps) {
  const { t } = useI18n();
  if (kind === 'ORG_UNIT') {
    return (
      <OrgUnitPicker
        id={id}
        value={value}
        placeholder={t('complaints.accountability.pick.ORG_UNIT')}
        style={{ width: '100%', minWidth: 0 }}
        onChange={(unitId, unit) => {
          onChange?.(unitId);
          if (unit) onPicked(unit.name);
        }}
      />
    );
  }
  if (kind === 'PERSON') return <PersonSelect id={id} value={value} onChange={onChange} onPicked={onPicked} />;
  return <DepartmentSelect id={id} value={value} onChange={onChange} onPicked={onPicked} projectId={projectId} />;
}

type PickerProps = Omit<PartyRefPickerProps, 'kind' | 'projectId'>;

/** Departments of the complaint's project and of its ancestors, grouped by unit (nearest first). */
function DepartmentSelect({ projectId, value, onChange, onPicked, id }: PickerProps & { projectId: string | undefined }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(ACCOUNTABILITY_DEPARTMENTS_QUERY, { variables: { projectId: projectId ?? '' }, skip: !projectId });
  const { groups, names } = useMemo(() => {
    const project = data?.node?.__typename === 'OrgUnit' ? data.node : undefined;
    const units = project ? [project, ...[...project.ancestors].reverse()] : [];
    const byId = new Map<string, string>();
    const grouped = units
      .filter((unit) => unit.departments.length > 0)
      .map((unit) => ({
        label: unit.name,
        title: unit.name,
        options: unit.departments.map((department) => {
          const full = `${unit.name}${department.name}`;
          byId.set(department.id, full);
          return { value: department.id, label: department.name, search: full };
        }),
      }));
    return { groups: grouped, names: byId };
  }, [data]);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      loading={loading}
      placeholder={t('complaints.accountability.pick.DEPARTMENT')}
      options={groups}
      showSearch={{ optionFilterProp: 'search' }}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        const full = next ? names.get(next) : undefined;
        if (full) onPicked(full);
      }}
    />
  );
}

/** People of the caller's scope, searched on the server by name, login or phone. */
function PersonSelect({ value, onChange, onPicked, id }: PickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const term = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, loading } = useQuery(ACCOUNTABILITY_PEOPLE_QUERY, { variables: { search: term }, skip: term === '' });
  const people = useMemo(
    () =>
      (data?.users.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: node.orgUnit ? `${node.name}（${node.orgUnit.name}）` : node.name,
        name: node.name,
      })),
    [data],
  );
  // The chosen person stays named after the search moves on.
  const options = picked && !people.some((p) => p.value === picked.value) ? [{ ...picked, name: picked.label }, ...people] : people;
  return (
    <Select
      id={id}
      value={value ?? undefined}
      loading={loading}
      placeholder={t('complaints.accountability.pick.PERSON')}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={term === '' ? null : loading ? t('common.loading') : t('complaints.accountability.noPeople')}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        const person = people.find((p) => p.value === next);
        if (person) {
          setPicked({ value: person.value, label: person.label });
          onPicked(person.name);
        }
      }}
    />
  );
}

/** 确认问责落实: what was carried out (fine deducted, notice issued). */
export function ConfirmAccountabilityFields() {
  const { t } = useI18n();
  return (
    <Form.Item name="note" label={t('complaints.accountability.enforcementNote')} extra={t('complaints.accountability.enforcementHint')}>
      <Input.TextArea rows={3} maxLength={MAX_NOTE} />
    </Form.Item>
  );
}
