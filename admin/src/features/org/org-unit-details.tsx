import { Card, Descriptions, Empty, Typography } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { OrgLevelTag } from './org-level-tag';
import type { OrgUnitSummary } from './org-tree-model';

interface OrgUnitDetailsProps {
  unit: OrgUnitSummary | undefined;
  parent: OrgUnitSummary | undefined;
  /** `undefined` while the node's children have not been loaded yet. */
  childCount: number | undefined;
}

export function OrgUnitDetails({ unit, parent, childCount }: OrgUnitDetailsProps) {
  const { t } = useI18n();
  return (
    <Card title={t('org.details')} data-testid="org-unit-details">
      {unit ? (
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { width: 110 } }}
          items={[
            {
              key: 'name',
              label: t('org.field.name'),
              children: <Typography.Text strong>{unit.name}</Typography.Text>,
            },
            {
              key: 'code',
              label: t('org.field.code'),
              children: unit.code ? <Typography.Text code>{unit.code}</Typography.Text> : t('common.none'),
            },
            {
              key: 'level',
              label: t('org.field.level'),
              children: <OrgLevelTag level={unit.level} levelLabel={unit.levelLabel} />,
            },
            {
              key: 'parent',
              label: t('org.field.parent'),
              children: parent?.name ?? t('common.none'),
            },
            {
              key: 'children',
              label: t('org.field.children'),
              children:
                childCount === undefined ? (
                  <Typography.Text type="secondary">{t('org.children.notLoaded')}</Typography.Text>
                ) : (
                  t('org.children.count', { count: childCount })
                ),
            },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.details.empty')} />
      )}
    </Card>
  );
}
