import { DownOutlined, PlusOutlined, RiseOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Drawer, Dropdown, Empty, Flex, Form, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { useAbility } from '../auth/ability';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { currentVersion, versionStatus, type VersionStatus } from './current-version';
import { GRADE_SCHEME_PRESETS_QUERY, GRADE_SCHEMES_QUERY, type GradeSchemeVersion } from './grade-schemes-operations';
import { SchemeDetails, formatDateTime } from './scheme-details';
import { UNIT_PARAM, useSelectedUnit } from './use-selected-unit';

/** The versions that apply to the chosen unit (its own and inherited), the one in force highlighted. */
export function SchemeVersionsView() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ability = useAbility();
  const canPublish = ability.can('create', 'GradeScheme');
  const [unitId, setUnitId] = useSelectedUnit();
  const [openId, setOpenId] = useState<string | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(GRADE_SCHEMES_QUERY, {
    variables: { orgUnitId: unitId ?? '' },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const { data: presetData } = useQuery(GRADE_SCHEME_PRESETS_QUERY);
  const presetLabels = useMemo(
    () => new Map((presetData?.gradeSchemePresets ?? []).map((p) => [p.code as string, p.label])),
    [presetData],
  );

  const shown = data ?? (loading ? previousData : undefined);
  const versions = useMemo(() => shown?.gradeSchemes ?? [], [shown]);
  const unit = shown?.node?.__typename === 'OrgUnit' ? shown.node : null;
  const current = useMemo(() => {
    const chain = unit ? [...unit.ancestors.map((a) => a.id), unit.id] : unitId ? [unitId] : [];
    return currentVersion(versions, chain);
  }, [versions, unit, unitId]);
  const opened = versions.find((v) => v.id === openId) ?? null;

  const startDraft = (base: string) => {
    const params = new URLSearchParams({ [UNIT_PARAM]: unitId ?? '', base });
    navigate(`/grade-schemes/new?${params.toString()}`);
  };

  const statusTag = (status: VersionStatus) =>
    status === 'CURRENT' ? (
      <Badge status="processing" text={t('grade-schemes.status.CURRENT')} />
    ) : status === 'SCHEDULED' ? (
      <Tag color="gold">{t('grade-schemes.status.SCHEDULED')}</Tag>
    ) : (
      <Typography.Text type="secondary">{t('grade-schemes.status.PAST')}</Typography.Text>
    );

  const columns: TableColumnsType<GradeSchemeVersion> = [
    { title: t('grade-schemes.version.status'), key: 'status', width: 96, render: (_, v) => statusTag(versionStatus(v, current)) },
    {
      title: t('grade-schemes.version.name'),
      key: 'name',
      render: (_, v) => (
        <Flex vertical>
          <Typography.Link onClick={() => setOpenId(v.id)}>{v.name}</Typography.Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {v.presetCode ? (presetLabels.get(v.presetCode) ?? v.presetCode) : t('grade-schemes.version.custom')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('grade-schemes.version.unitVersion'),
      key: 'unit',
      width: 170,
      render: (_, v) =>
        t('grade-schemes.version.unitVersionValue', { unit: v.orgUnit?.name ?? t('grade-schemes.version.ancestorUnit'), version: v.version }),
    },
    { title: t('grade-schemes.version.effectiveFrom'), key: 'effectiveFrom', width: 150, render: (_, v) => formatDateTime(v.effectiveFrom) },
    {
      title: t('grade-schemes.version.published'),
      key: 'published',
      width: 170,
      render: (_, v) => (
        <Flex vertical>
          <PublisherName version={v} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(v.publishedAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('grade-schemes.version.actions'),
      key: 'actions',
      width: 90,
      render: (_, v) => (
        <Button size="small" onClick={() => setOpenId(v.id)} aria-label={t('grade-schemes.version.viewN', { version: v.version, name: v.name })}>
          {t('grade-schemes.version.view')}
        </Button>
      ),
    },
  ];

  const newMenu = {
    items: [
      { key: 'current', label: t('grade-schemes.new.fromCurrent'), disabled: !current },
      { type: 'divider' as const },
      ...(presetData?.gradeSchemePresets ?? []).map((p) => ({ key: p.code, label: t('grade-schemes.new.fromPreset', { label: p.label }) })),
    ],
    onClick: ({ key }: { key: string }) => startDraft(key),
  };

  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('grade-schemes.title')}
        subtitle={t('grade-schemes.subtitle')}
        icon={<RiseOutlined />}
        actions={
          canPublish && (
            <Space.Compact>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => startDraft('current')} disabled={!unitId}>
                {t('grade-schemes.new.button')}
              </Button>
              <Dropdown menu={newMenu} disabled={!unitId} placement="bottomRight">
                <Button type="primary" icon={<DownOutlined />} aria-label={t('grade-schemes.new.choose')} />
              </Dropdown>
            </Space.Compact>
          )
        }
      />
      <Card size="small">
        <Form layout="inline">
          <Form.Item label={t('grade-schemes.unitLabel')} style={{ marginBottom: 0 }}>
            <OrgUnitPicker value={unitId} onChange={(id) => setUnitId(id)} allowClear={false} style={{ width: 320 }} />
          </Form.Item>
          {current && (
            <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
              {unit && current.orgUnit?.id !== unit.id
                ? t('grade-schemes.current.inherited', {
                    unit: current.orgUnit?.name ?? t('grade-schemes.version.ancestorUnit'),
                    version: current.version,
                    name: current.name,
                  })
                : t('grade-schemes.current.own', { version: current.version, name: current.name })}
            </Typography.Text>
          )}
        </Form>
      </Card>
      <ErrorAlert error={error} title={t('grade-schemes.loadFailed')} onRetry={() => void refetch()} />
      {!unitId ? (
        <Empty description={t('grade-schemes.pickUnit')} />
      ) : loading && !shown ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : (
        <Card size="small" title={t('grade-schemes.versions.title')}>
          <Table<GradeSchemeVersion>
            size="middle"
            rowKey="id"
            columns={columns}
            dataSource={versions}
            pagination={false}
            aria-label={t('grade-schemes.versions.title')}
            rowClassName={(v) => (v.id === current?.id ? 'ant-table-row-selected' : '')}
            locale={{ emptyText: <Empty description={t('grade-schemes.versions.empty')} /> }}
          />
        </Card>
      )}
      <Drawer
        open={Boolean(opened)}
        onClose={() => setOpenId(null)}
        size={860}
        title={opened ? t('grade-schemes.version.drawerTitle', { version: opened.version, name: opened.name }) : ''}
        extra={
          opened &&
          canPublish && (
            <Button onClick={() => navigate(`/grade-schemes/new?${new URLSearchParams({ [UNIT_PARAM]: unitId ?? '', base: `version:${opened.id}` }).toString()}`)}>
              {t('grade-schemes.version.startFrom')}
            </Button>
          )
        }
      >
        {opened && <SchemeDetails version={opened} presetLabel={opened.presetCode ? presetLabels.get(opened.presetCode) : undefined} />}
      </Drawer>
    </Flex>
  );
}

/** The server hides the publisher when it is the system's seed or a person outside the viewer's scope. */
export function PublisherName({ version }: { version: GradeSchemeVersion }) {
  const { t } = useI18n();
  if (version.publishedBy) return <span>{version.publishedBy.name}</span>;
  return (
    <Tooltip title={t('grade-schemes.version.publisherHidden')}>
      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
    </Tooltip>
  );
}
