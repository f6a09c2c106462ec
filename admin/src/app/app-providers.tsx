import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { App as AntdApp, ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useMemo, type ReactNode } from 'react';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locales';

const ANTD_LOCALES = { 'zh-CN': antdZhCN, 'en-US': antdEnUS } as const;
const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function LocalizedAntd({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  // dayjs keeps a global locale; switch it before antd's date widgets render with the new language.
  useMemo(() => dayjs.locale(DAYJS_LOCALES[locale]), [locale]);
  return (
    <ConfigProvider
      locale={ANTD_LOCALES[locale]}
      theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function AppProviders({ client, children }: { client: ApolloClient; children: ReactNode }) {
  return (
    <I18nProvider>
      <LocalizedAntd>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </LocalizedAntd>
    </I18nProvider>
  );
}
