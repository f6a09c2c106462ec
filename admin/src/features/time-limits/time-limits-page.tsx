import { ClockCircleOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Flex, Form, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { useAbility } from '../auth/ability';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { currentVersion } from '../grade-schemes/current-version';
import { GRADE_SCHEMES_QUERY } from '../grade-schemes/grade-schemes-operations';
import { formatDateTime } from '../grade-schemes/scheme-details';
import { UNIT_PARAM, useSelectedUnit } from '../grade-schemes/use-selected-unit';
import { EscalationChainView } from './escalation-chain';
import { GradeTimeLimitsTable } from './grade-time-limits-table';
import { TimeLimitsForm } from './time-limits-form';

/** 时限: the non-grade time limits of the unit's scheme (editable), the per-grade limits and the escalation chain. */
export function TimeLimitsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const canEdit = useAbility().can('create', 'GradeScheme');
  const [unitId, setUnitId] = useSelectedUnit();
  const { data, previousData, loading, error, refetch } = useQuery(GRADE_SCHEMES_QUERY, {
    variables: { orgUnitId: unitId ?? '' },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? (loading ? previousData : undefined);
  const unit = shown?.node?.__typename === 'OrgUnit' ? shown.node : null;
  const current = useMemo(() => {
    const versions = shown?.gradeSchemes ?? [];
    return currentVersion(versions, unit ? [...unit.ancestors.map((a) => a.id), unit.id] : unitId ? [unitId] : []);
  }, [shown, unit, unitId]);

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('time-limits.title')} subtitle={t('time-limits.subtitle')} icon={<ClockCircleOutlined />} />
      <Card size="small">
        <Form layout="inline">
          <Form.Item label={t('time-limits.unitLabel')} style={{ marginBottom: 0 }}>
            <OrgUnitPicker value={unitId} onChange={(id) => setUnitId(id)} allowClear={false} style={{ width: 320 }} />
          </Form.Item>
          {current && (
            <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
              {t('time-limits.inForce', {
                unit: current.orgUnit?.name ?? t('grade-schemes.version.ancestorUnit'),
                version: current.version,
                name: current.name,
                since: formatDateTime(current.effectiveFrom),
              })}
            </Typography.Text>
          )}
        </Form>
      </Card>
      <ErrorAlert error={error} title={t('time-limits.loadFailed')} onRetry={() => void refetch()} />
      {!unitId ? (
        <Empty description={t('time-limits.pickUnit')} />
      ) : loading && !shown ? (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : !current ? (
        error ? null : <Empty description={t('time-limits.noScheme')} />
      ) : (
        <>
          <Card size="small" title={t('time-limits.general.title')}>
            <TimeLimitsForm orgUnitId={unitId} orgUnitName={unit?.name ?? ''} current={current} canEdit={canEdit} />
          </Card>
          <Card
            size="small"
            title={t('time-limits.grades.title')}
            extra={
              canEdit && (
                <Button
                  size="small"
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/grade-schemes/new?${new URLSearchParams({ [UNIT_PARAM]: unitId, base: 'current' }).toString()}`)}
                >
                  {t('time-limits.grades.edit')}
                </Button>
              )
            }
          >
            <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
              {t('time-limits.grades.hint')}
            </Typography.Paragraph>
            <GradeTimeLimitsTable grades={current.grades} defaultGradeCode={current.defaultGradeCode} />
          </Card>
          <Card size="small" title={t('time-limits.chain.title')}>
            <EscalationChainView grades={current.grades} defaultGradeCode={current.defaultGradeCode} />
          </Card>
        </>
      )}
    </Flex>
  );
}
