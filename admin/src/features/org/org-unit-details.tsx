import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App as AntdApp, Button, Card, Descriptions, Empty, Flex, Popconfirm, Skeleton, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';
import { Can } from '../auth/ability';
import { CreateOrgUnitDialog } from './create-org-unit-dialog';
import { EditOrgUnitDialog } from './edit-org-unit-dialog';
import { MoveOrgUnitDialog } from './move-org-unit-dialog';
import { OrgLevelTag } from './org-level-tag';
import { childLevelsOf } from './org-level-rules';
import { DELETE_ORG_UNIT_MUTATION, ORG_UNIT_DETAIL_QUERY } from './org-operations';
import type { OrgUnitSummary } from './org-tree-model';
import { OrgUnitDepartments } from './org-unit-departments';

export interface OrgUnitChangeHandlers {
  onCreated: (unit: OrgUnitSummary) => void;
  onUpdated: (unit: OrgUnitSummary) => void;
  onMoved: (unit: OrgUnitSummary, oldParentId: string | null) => void;
  onDeleted: (unit: OrgUnitSummary) => void;
}

interface OrgUnitDetailsProps extends OrgUnitChangeHandlers {
  /** What the tree knows, shown at once; the details query fills in the rest. */
  unit: OrgUnitSummary | undefined;
}

type Dialog = 'create' | 'edit' | 'move' | null;

export function OrgUnitDetails({ unit, ...handlers }: OrgUnitDetailsProps) {
  const { t } = useI18n();
  return (
    <Card title={t('org.details')} data-testid="org-unit-details">
      {unit ? (
        <SelectedUnit key={unit.id} unit={unit} {...handlers} />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.details.empty')} />
      )}
    </Card>
  );
}

function SelectedUnit({ unit, onCreated, onUpdated, onMoved, onDeleted }: OrgUnitChangeHandlers & { unit: OrgUnitSummary }) {
  const { t, locale } = useI18n();
  const { message } = AntdApp.useApp();
  const toMessage = useErrorMessage();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error, refetch } = useQuery(ORG_UNIT_DETAIL_QUERY, {
    variables: { id: unit.id },
    fetchPolicy: 'cache-and-network',
  });
  const [deleteOrgUnit, { loading: deleting }] = useMutation(DELETE_ORG_UNIT_MUTATION);

  const detail = data?.node?.__typename === 'OrgUnit' ? data.node : undefined;
  const childLevels = childLevelsOf(unit.level);
  const childCount = detail?.children.totalCount;

  const remove = async () => {
    try {
      await deleteOrgUnit({ variables: { input: { id: unit.id } } });
      message.success(t('orgAdmin.delete.done', { name: unit.name }));
      onDeleted(unit);
    } catch (deleteError) {
      // The server says why in Chinese (还有下级单元 / 所属人员 / 角色授权): show it as it is, long enough to read.
      message.error({ content: toMessage(deleteError), duration: 6 });
    }
  };

  const createButton = (
    <Button
      type="primary"
      icon={<PlusOutlined />}
      disabled={childLevels.length === 0}
      onClick={() => setDialog('create')}
    >
      {t('orgAdmin.create.button')}
    </Button>
  );

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap data-testid="org-unit-actions">
        <Can I="create" a="OrgUnit">
          {childLevels.length === 0 ? (
            <Tooltip title={t('orgAdmin.create.none', { level: orgLevelLabel(locale, unit.level, unit.levelLabel) })}>
              {createButton}
            </Tooltip>
          ) : (
            createButton
          )}
        </Can>
        <Can I="update" a="OrgUnit">
          <Button icon={<EditOutlined />} disabled={!detail} onClick={() => setDialog('edit')}>
            {t('orgAdmin.edit.button')}
          </Button>
        </Can>
        <Can I="move" a="OrgUnit">
          <Button icon={<DragOutlined />} disabled={!unit.parentId} onClick={() => setDialog('move')}>
            {t('orgAdmin.move.button')}
          </Button>
        </Can>
        <Can I="delete" a="OrgUnit">
          <Popconfirm
            title={t('orgAdmin.delete.title')}
            description={t('orgAdmin.delete.confirm', { name: unit.name })}
            okText={t('orgAdmin.delete')}
            cancelText={t('orgAdmin.cancel')}
            okButtonProps={{ danger: true, loading: deleting }}
            onConfirm={remove}
          >
            <Button danger icon={<DeleteOutlined />} disabled={!unit.parentId}>
              {t('orgAdmin.delete')}
            </Button>
          </Popconfirm>
        </Can>
      </Flex>

      <Descriptions
        column={1}
        size="small"
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          {
            key: 'name',
            label: t('org.field.name'),
            children: <Typography.Text strong>{detail?.name ?? unit.name}</Typography.Text>,
          },
          {
            key: 'code',
            label: t('org.field.code'),
            children: (detail?.code ?? unit.code) ? (
              <Typography.Text code>{detail?.code ?? unit.code}</Typography.Text>
            ) : (
              t('common.none')
            ),
          },
          {
            key: 'level',
            label: t('org.field.level'),
            children: <OrgLevelTag level={unit.level} levelLabel={detail?.levelLabel ?? unit.levelLabel} />,
          },
          {
            key: 'parent',
            label: t('org.field.parent'),
            children: detail ? (detail.parent?.name ?? t('common.none')) : <Skeleton.Input size="small" active />,
          },
          {
            key: 'children',
            label: t('org.field.children'),
            children:
              childCount === undefined ? (
                <Skeleton.Input size="small" active />
              ) : (
                t('org.children.count', { count: childCount })
              ),
          },
        ]}
      />

      {error && !detail ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} title={t('orgAdmin.detail.loadFailed')} />
      ) : detail ? (
        <OrgUnitDepartments
          unitId={detail.id}
          unitName={detail.name}
          departments={detail.departments}
          onChanged={() => void refetch()}
        />
      ) : (
        loading && <Skeleton active paragraph={{ rows: 3 }} />
      )}

      <CreateOrgUnitDialog
        open={dialog === 'create'}
        parent={{ ...unit, code: detail?.code ?? unit.code }}
        onClose={() => setDialog(null)}
        onCreated={(created) => {
          setDialog(null);
          onCreated(created);
        }}
      />
      {detail && (
        <EditOrgUnitDialog
          open={dialog === 'edit'}
          unit={detail}
          onClose={() => setDialog(null)}
          onUpdated={(updated) => {
            setDialog(null);
            onUpdated(updated);
          }}
          onStale={() => {
            setDialog(null);
            void refetch();
          }}
        />
      )}
      <MoveOrgUnitDialog
        open={dialog === 'move'}
        unit={unit}
        parentName={detail?.parent?.name}
        onClose={() => setDialog(null)}
        onMoved={(moved, oldParentId) => {
          setDialog(null);
          void refetch();
          onMoved(moved, oldParentId);
        }}
      />
    </Flex>
  );
}
