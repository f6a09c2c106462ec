// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setToken } from '../../graphql/token-store';
import { I18nProvider } from '../../i18n/i18n-context';
import { ExportButtons } from './export-buttons';

function renderButtons() {
  render(
    <I18nProvider>
      <AntdApp>
        <ExportButtons orgUnitId="T3JnVW5pdDoy" month="2026-11" />
      </AntdApp>
    </I18nProvider>,
  );
}

const button = (text: string) => screen.getByText(text).closest('button')!;

describe('ExportButtons', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('downloads the workbook with the bearer token and names the saved file', async () => {
    setToken('secret-token');
    const fileName = '客户投诉需求信息月报表-华南区域-2026-11.xlsx';
    const fetchMock = vi.fn(
      async () =>
        new Response(new Uint8Array([80, 75, 3, 4]), {
          headers: { 'Content-Length': '4', 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}` },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn(() => 'blob:report');
    // jsdom has no object URLs; test files run isolated, so defining them here leaks nowhere.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    renderButtons();
    fireEvent.click(button('导出 Excel'));
    expect(await screen.findByText(`已下载 ${fileName}`)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/export/monthly-report.xlsx?orgUnitId=T3JnVW5pdDoy&month=2026-11', {
      headers: { Authorization: 'Bearer secret-token' },
    });
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('shows the server’s refusal in Chinese and re-enables the button', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ code: 'FORBIDDEN', message: '您没有查看报表的权限' }, { status: 403 })),
    );
    renderButtons();
    fireEvent.click(button('导出登记表 CSV'));
    expect(await screen.findByText('您没有查看报表的权限')).toBeTruthy();
    await waitFor(() => expect(button('导出登记表 CSV').disabled).toBe(false));
  });
});
