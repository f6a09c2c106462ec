import { describe, expect, it, vi } from 'vitest';
import { ExportError, exportUrl, fetchExport, fileNameFrom } from './report-download';

describe('report download', () => {
  it('builds the export URL for unit and month', () => {
    expect(exportUrl('xlsx', 'T3JnVW5pdDox', '2026-11')).toBe('/export/monthly-report.xlsx?orgUnitId=T3JnVW5pdDox&month=2026-11');
    expect(exportUrl('csv', 'u', '2026-01')).toBe('/export/monthly-register.csv?orgUnitId=u&month=2026-01');
  });

  it('prefers the Chinese file name of Content-Disposition', () => {
    const name = '客户投诉需求信息月报表-华南区域-2026-11.xlsx';
    expect(fileNameFrom(`attachment; filename="monthly-report-2026-11.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`, 'x')).toBe(name);
    expect(fileNameFrom('attachment; filename="a.csv"', 'x')).toBe('a.csv');
    expect(fileNameFrom(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });

  it('reports progress against Content-Length and returns the file', async () => {
    const body = new Uint8Array([1, 2, 3, 4]);
    const fetchImpl = vi.fn(async () => new Response(body, { status: 200, headers: { 'Content-Length': '4', 'Content-Type': 'text/csv' } }));
    const progress = vi.fn();
    const { blob, fileName } = await fetchExport('csv', 'u', '2026-11', progress, fetchImpl as unknown as typeof fetch);
    expect(blob.size).toBe(4);
    expect(fileName).toBe('monthly-register-2026-11.csv');
    expect(progress).toHaveBeenLastCalledWith({ loaded: 4, total: 4 });
  });

  it('carries the server message of a refusal', async () => {
    const fetchImpl = vi.fn(async () =>
      Response.json({ code: 'FORBIDDEN', message: '组织单元不存在，或您无权查看该单元的报表' }, { status: 403 }),
    );
    await expect(fetchExport('xlsx', 'u', '2026-11', undefined, fetchImpl as unknown as typeof fetch)).rejects.toMatchObject({
      name: 'ExportError',
      code: 'FORBIDDEN',
      message: '组织单元不存在，或您无权查看该单元的报表',
    });
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await fetchExport('xlsx', 'u', '2026-11', undefined, offline as unknown as typeof fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBeNull();
  });
});
