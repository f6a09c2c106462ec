import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Context } from '../graphql/context.js';
import { AppError, badInput, forbidden, unauthenticated, type ErrorCode } from '../graphql/errors.js';
import { monthlyReport } from './monthly-report.service.js';
import { writeMonthlyWorkbook, writeRegisterCsv } from './monthly-report.workbook.js';
import { registerRows } from './report-register.service.js';

/**
 * `GET /export/monthly-report.xlsx?orgUnitId=…&month=YYYY-MM` (API.md) and `GET /export/monthly-register.csv?…`:
 * the monthly report as the XX forms and its register as CSV, with the same bearer token and the same scoping as
 * `monthlyReport` — the context is built by the GraphQL server's own `buildContext`, passed in by `createApp`.
 * Errors answer JSON `{ code, message }` with the GraphQL codes and Chinese messages.
 */
export interface ExportRouteOptions {
  /** The per-request context of `/graphql` for an `Authorization` header. */
  context: (authorization: string | undefined) => Promise<Context>;
}

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PERSISTED_QUERY_REQUIRED: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function registerExportRoutes(app: Express, options: ExportRouteOptions): void {
  app.get('/export/monthly-report.xlsx', (req, res) =>
    exportMonthly(req, res, options, async (ctx, report) => {
      sendHeaders(res, XLSX, `客户投诉需求信息月报表-${report.orgUnit.name}-${report.month}.xlsx`, `monthly-report-${report.month}.xlsx`);
      await writeMonthlyWorkbook(res, report, registerRows(ctx, report.orgUnit, report.period));
    }),
  );
  app.get('/export/monthly-register.csv', (req, res) =>
    exportMonthly(req, res, options, async (ctx, report) => {
      sendHeaders(res, 'text/csv; charset=utf-8', `客户投诉需求登记表-${report.orgUnit.name}-${report.month}.csv`, `monthly-register-${report.month}.csv`);
      await writeRegisterCsv(res, registerRows(ctx, report.orgUnit, report.period));
    }),
  );
}

type Report = Awaited<ReturnType<typeof monthlyReport>>;

async function exportMonthly(req: Request, res: Response, options: ExportRouteOptions, write: (ctx: Context, report: Report) => Promise<void>) {
  try {
    const ctx = await options.context(req.headers.authorization);
    if (!ctx.viewer) throw ctx.authError ?? unauthenticated();
    if (!ctx.ability.can('read', 'Report')) throw forbidden('您没有查看报表的权限');
    const orgUnitId = queryString(req, 'orgUnitId');
    const month = queryString(req, 'month');
    // Everything that can refuse (unit, scope, month) runs before the first byte is sent.
    const report = await monthlyReport(ctx, orgUnitId, month);
    await write(ctx, report);
  } catch (error) {
    if (res.headersSent) {
      // Mid-stream there is no status left to change: cut the download so it cannot be mistaken for a whole file.
      console.error('[export] failed while streaming', error);
      res.destroy(error as Error);
      return;
    }
    if (error instanceof AppError || (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code in STATUS)) {
      const code = error.extensions.code as ErrorCode;
      res.status(STATUS[code]).json({ code, message: error.message, ...(error.extensions.field ? { field: error.extensions.field } : {}) });
      return;
    }
    console.error('[export] internal error', error);
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: '服务器内部错误，请稍后重试' });
  }
}

function queryString(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== 'string' || value.trim() === '') throw badInput(name, `缺少参数 ${name}`);
  return value.trim();
}

function sendHeaders(res: Response, type: string, filename: string, asciiFallback: string) {
  res.status(200);
  res.setHeader('Content-Type', type);
  // RFC 6266 / 5987: the Chinese name for browsers that read filename*, an ASCII one for the rest.
  res.setHeader('Content-Disposition', `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  // Customer names and (masked or not) phones: never cached on the way.
  res.setHeader('Cache-Control', 'no-store');
}
