import { Menu } from 'antd';
import { useNavigate } from 'react-router';
import { useAbility } from '../features/auth/ability';
import { useI18n } from '../i18n/i18n-context';
import { visibleNavItems } from './nav-items';

/** The side menu: only the modules the signed-in person's rules allow. */
export function SideMenu({ selectedPath }: { selectedPath: string | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ability = useAbility();
  return (
    <Menu
      mode="inline"
      selectedKeys={selectedPath ? [selectedPath] : []}
      onClick={({ key }) => void navigate(key)}
      items={visibleNavItems(ability).map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
      style={{ borderInlineEnd: 'none' }}
      data-testid="side-menu"
    />
  );
}
