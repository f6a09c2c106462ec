import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { orgLevelLabel } from '../../i18n/org-level-label';

// One colour per level, top to bottom of the hierarchy, so levels are told apart at a glance.
const LEVEL_COLORS: Record<string, string> = {
  GROUP: 'magenta',
  REGION: 'volcano',
  CITY: 'orange',
  AREA: 'gold',
  PROJECT: 'green',
  PROPERTY_COMPANY: 'cyan',
  PROJECT_MGMT_CENTER: 'blue',
  SERVICE_CENTER: 'geekblue',
};

export function OrgLevelTag({ level, levelLabel }: { level: string; levelLabel?: string | null }) {
  const { locale } = useI18n();
  return (
    <Tag color={LEVEL_COLORS[level] ?? 'default'} data-level={level} style={{ marginInlineEnd: 0 }}>
      {orgLevelLabel(locale, level, levelLabel)}
    </Tag>
  );
}
