import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { LocaleSwitch } from '../../app/locale-switch';
import { getToken, setToken } from '../../graphql/token-store';
import { useI18n } from '../../i18n/i18n-context';
import { LOGIN_MUTATION, type LoginInput } from './auth-operations';

export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LOGIN_MUTATION);
  const [errorText, setErrorText] = useState<string | null>(null);

  // A stale token is found out by the first query, which sends the user back here with it cleared.
  if (getToken()) return <Navigate to="/" replace />;

  const onFinish = async (values: LoginInput) => {
    setErrorText(null);
    try {
      const { data } = await login({ variables: { input: { login: values.login.trim(), password: values.password } } });
      if (!data) throw new Error(t('login.failed'));
      setToken(data.login.token);
      // Nothing cached under a previous user may leak into this session.
      await client.clearStore();
      await navigate('/', { replace: true });
    } catch (error) {
      // The server words its errors in Chinese for people; show them as they are.
      if (CombinedGraphQLErrors.is(error)) setErrorText(error.errors[0]?.message ?? t('login.failed'));
      else setErrorText(t('login.network'));
    }
  };

  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 24,
        background: 'linear-gradient(135deg, #e6f0ff 0%, #f5f7fa 55%, #fff7e6 100%)',
        position: 'relative',
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LocaleSwitch />
      </div>
      <Card style={{ width: 400, boxShadow: '0 12px 40px rgba(22, 119, 255, 0.12)' }} styles={{ body: { padding: 32 } }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <div className="kesu-logo" aria-hidden>
            诉
          </div>
          <Typography.Title level={3} style={{ margin: '8px 0 0' }}>
            {t('app.fullName')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
        </Flex>
        {errorText && (
          <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} data-testid="login-error" />
        )}
        <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={onFinish} disabled={loading} autoComplete="on">
          <Form.Item
            name="login"
            label={t('login.account')}
            rules={[{ required: true, whitespace: true, message: t('login.account.required') }]}
          >
            <Input
              id="login"
              prefix={<UserOutlined />}
              placeholder={t('login.account.placeholder')}
              autoComplete="username"
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.password.required') }]}
          >
            <Input.Password
              id="password"
              prefix={<LockOutlined />}
              placeholder={t('login.password.placeholder')}
              autoComplete="current-password"
              size="large"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={loading}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
