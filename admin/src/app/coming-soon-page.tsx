import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

export function ComingSoonPage({ labelKey }: { labelKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <Result
      status="info"
      title={t('comingSoon.title')}
      subTitle={t('comingSoon.subtitle', { module: t(labelKey) })}
      extra={
        <Link to="/">
          <Button type="primary">{t('comingSoon.back')}</Button>
        </Link>
      }
    />
  );
}
