import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { AppError } from '../graphql/errors.js';
import { budgetOf, tightest, type CostBudgetService, type Reservation, type WindowState } from './cost-budget.service.js';
import { requestedCost, returnedCost } from './query-cost.js';

/** `extensions.cost` on every response; `remaining`/`resetAt` are null when no budget was touched (login, bad syntax). */
export interface CostReport {
  requested: number;
  actual: number;
  remaining: number | null;
  resetAt: string | null;
}

/** Requests refused before Apollo runs them (persisted-only clients sending free-form queries) spend nothing. */
const unbudgeted = new WeakSet<object>();
export const skipCostBudget = (request: object) => void unbudgeted.add(request);

/**
 * Cost budgets per principal (see cost-budget.service.ts), as an Apollo Server plugin over HTTP:
 * `didResolveOperation` estimates the requested cost and reserves it (or refuses the whole request with
 * RATE_LIMITED, HTTP 429 and Retry-After before any resolver runs, so a refused mutation writes nothing);
 * `willSendResponse` counts what was really returned, refunds requested − actual and reports `extensions.cost`.
 * (No `willResolveField`: a per-field hook makes Apollo wrap every resolver, which the hot lists pay for.) Subscriptions over graphql-ws do not pass through Apollo and are not budgeted.
 */
export function costLimitPlugin(budgets: CostBudgetService): ApolloServerPlugin<Context> {
  return {
    // In-flight requests have finished by now (the drain plugin stops first): their refunds are written last. A
    // refund that cannot be written (the database already gone) is dropped: the budget only errs on the strict side.
    async serverWillStart() {
      return { serverWillStop: () => budgets.flush().catch(() => undefined) };
    },
    async requestDidStart({ contextValue }) {
      const payer = budgetOf(contextValue.viewer, budgets.defaults);
      let requested = 0;
      let reservation: Reservation | null = null;
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          if (unbudgeted.has(request)) return;
          requested = requestedCost(schema, document, request.variables, operationName ?? undefined);
          if (!payer) return;
          reservation = await budgets.reserve(payer.principal, payer.budget, requested);
          if (!reservation.granted) throw rateLimited(reservation, requested);
        },
        async willSendResponse({ response, operation }) {
          let windows: WindowState[] = reservation?.windows ?? [];
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          // Root fields that ran: those of the operation that was executed (none when it never got that far).
          const ran = operation && 'data' in result ? operation.selectionSet.selections.length : 0;
          const actual = returnedCost(result.data, ran, operation?.operation === 'mutation');
          const charged = reservation && !reservation.granted ? 0 : Math.min(actual, requested);
          if (payer && reservation?.granted) windows = budgets.release(payer.principal, windows, requested - charged);
          const left = tightest(windows);
          const cost: CostReport = { requested, actual: charged, remaining: left?.remaining ?? null, resetAt: left?.resetAt.toISOString() ?? null };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

function rateLimited(refusal: Extract<Reservation, { granted: false }>, requested: number): AppError {
  const whole = refusal.windows.some((w) => requested > w.budget);
  const message = whole
    ? `本次查询成本 ${requested} 超过了每个时间窗口的总额度，请减少查询的字段或每页条数`
    : `查询成本额度已用完，请在 ${refusal.retryAfter} 秒后重试`;
  return new AppError('RATE_LIMITED', message, {
    retryAfter: refusal.retryAfter,
    resetAt: refusal.resetAt.toISOString(),
    http: { status: 429, headers: new HeaderMap([['retry-after', String(refusal.retryAfter)]]) },
  });
}
