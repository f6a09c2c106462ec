// @vitest-environment jsdom
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import { ErrorAlert } from './error-alert';
import { PageHeader } from './page-header';
import { RoleLabel } from './role-label';

const withI18n = (ui: React.ReactNode) => render(<I18nProvider>{ui}</I18nProvider>);

describe('shared components', () => {
  it('ErrorAlert shows the mapped message and retries', () => {
    const onRetry = vi.fn();
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: '', extensions: { code: 'FORBIDDEN' } }] });
    withI18n(<ErrorAlert error={error} onRetry={onRetry} />);
    expect(screen.getByTestId('error-alert').textContent).toContain('没有权限执行此操作');
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('ErrorAlert renders nothing without an error', () => {
    withI18n(<ErrorAlert error={undefined} />);
    expect(screen.queryByTestId('error-alert')).toBeNull();
  });

  it('PageHeader puts the title and the actions', () => {
    withI18n(<PageHeader title="人员与角色" subtitle="本单位及下级" actions={<button type="button">新建</button>} />);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('人员与角色');
    expect(screen.getByText('新建')).toBeTruthy();
  });

  it('RoleLabel names roles in Chinese from @kesu/domain', () => {
    withI18n(<RoleLabel role="PROJECT_HEAD" />);
    expect(screen.getByText('项目总')).toBeTruthy();
  });
});
