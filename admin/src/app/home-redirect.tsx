import { Result } from 'antd';
import { Navigate } from 'react-router';
import { useAbility } from '../features/auth/ability';
import { useI18n } from '../i18n/i18n-context';
import { visibleNavItems } from './nav-items';

/** `/` opens the first module the person may use: org structure for an admin, complaints for staff. */
export function HomeRedirect() {
  const { t } = useI18n();
  const first = visibleNavItems(useAbility())[0];
  if (first) return <Navigate to={first.path} replace />;
  return <Result status="info" title={t('home.empty')} />;
}
