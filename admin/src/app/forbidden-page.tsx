import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/locales';

/** 403 for a module the signed-in person may not use; the server would refuse its data anyway. */
export function ForbiddenPage({ labelKey }: { labelKey?: MessageKey }) {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={labelKey ? t('forbidden.subtitle', { module: t(labelKey) }) : t('forbidden.subtitleGeneric')}
      extra={
        <Link to="/">
          <Button type="primary">{t('forbidden.back')}</Button>
        </Link>
      }
      data-testid="forbidden-page"
    />
  );
}
