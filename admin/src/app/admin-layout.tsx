import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App as AntdApp, Avatar, Button, Flex, Layout, Result, Spin, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ME_QUERY } from '../features/auth/auth-operations';
import { ViewerProvider } from '../features/auth/viewer-context';
import { useErrorMessage } from '../graphql/graphql-errors';
import { clearToken } from '../graphql/token-store';
import { useI18n } from '../i18n/i18n-context';
import { LocaleSwitch } from './locale-switch';
import { navItemForPath } from './nav-items';
import { PageFallback } from './page-fallback';
import { ModuleOutlet } from './require-permission';
import { SideMenu } from './side-menu';

const { Header, Sider, Content } = Layout;

export function AdminLayout() {
  const { t } = useI18n();
  const toMessage = useErrorMessage();
  const { token } = theme.useToken();
  const { message } = AntdApp.useApp();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const { data, loading, error, refetch } = useQuery(ME_QUERY);

  const logout = async () => {
    clearToken();
    await client.clearStore();
    message.success(t('header.loggedOut'));
    await navigate('/login', { replace: true });
  };

  if (loading && !data) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" />
      </Flex>
    );
  }

  if (!data) {
    // UNAUTHENTICATED never lands here: the Apollo error link has already sent the user to /login.
    return (
      <Result
        status="warning"
        title={t('viewer.loadFailed')}
        subTitle={error ? toMessage(error) : undefined}
        extra={[
          <Button key="retry" type="primary" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>,
          <Button key="logout" onClick={() => void logout()}>
            {t('header.logout')}
          </Button>,
        ]}
      />
    );
  }

  const selected = navItemForPath(location.pathname);

  return (
    <ViewerProvider viewer={data.me}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          width={216}
          theme="light"
          style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}
        >
          <Flex align="center" gap={10} style={{ height: 56, paddingInline: collapsed ? 24 : 20, overflow: 'hidden' }}>
            <div className="kesu-logo kesu-logo-small" aria-hidden>
              诉
            </div>
            {!collapsed && (
              <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
                {t('app.fullName')}
              </Typography.Text>
            )}
          </Flex>
          <SideMenu selectedPath={selected?.path} />
        </Sider>
        <Layout>
          <Header
            style={{
              background: token.colorBgContainer,
              paddingInline: 24,
              height: 56,
              lineHeight: '56px',
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
            }}
          >
            <Flex justify="space-between" align="center" style={{ height: '100%' }}>
              <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
              <Flex align="center" gap={20}>
                <LocaleSwitch />
                <Flex align="center" gap={8}>
                  <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
                  <Typography.Text data-testid="current-user-name">{data.me.user.name}</Typography.Text>
                </Flex>
                <Button type="text" icon={<LogoutOutlined />} onClick={() => void logout()}>
                  {t('header.logout')}
                </Button>
              </Flex>
            </Flex>
          </Header>
          <Content style={{ padding: 24, overflow: 'auto' }}>
            <Suspense fallback={<PageFallback />}>
              <ModuleOutlet />
            </Suspense>
          </Content>
        </Layout>
      </Layout>
    </ViewerProvider>
  );
}
