import { GlobalOutlined } from '@ant-design/icons';
import { Flex, Segmented } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { LOCALES, type Locale } from '../i18n/locales';

export function LocaleSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Flex align="center" gap={6} title={t('locale.switch')}>
      <GlobalOutlined aria-label={t('locale.switch')} />
      <Segmented<Locale>
        size="small"
        value={locale}
        onChange={setLocale}
        options={LOCALES.map((value) => ({ value, label: t(`locale.${value}`) }))}
        data-testid="locale-switch"
      />
    </Flex>
  );
}
