import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/require-auth';
import { AdminLayout } from './admin-layout';
import { HomeRedirect } from './home-redirect';
import { PageFallback } from './page-fallback';

/**
 * A feature page, loaded on demand together with the features' messages (one shared chunk, fetched in parallel),
 * so the first paint (login) carries neither.
 */
function featurePage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => {
    const [module] = await Promise.all([load(), import('../i18n/feature-messages')]);
    return { Component: pick(module) };
  };
}

// Pages are loaded on demand so the first paint (login) does not wait for every module's code.
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/login',
      HydrateFallback: PageFallback,
      lazy: async () => ({ Component: (await import('../features/auth/login-page')).LoginPage }),
    },
    {
      path: '/',
      HydrateFallback: PageFallback,
      element: (
        <RequireAuth>
          <AdminLayout />
        </RequireAuth>
      ),
      children: [
        // Every route under a menu module's path is gated by that module's permission (ModuleOutlet).
        { index: true, element: <HomeRedirect /> },
        {
          path: 'org',
          lazy: featurePage(() => import('../features/org/org-tree-page'), (m) => m.OrgTreePage),
        },
        {
          path: 'people/*',
          lazy: featurePage(() => import('../features/people/people-page'), (m) => m.PeoplePage),
        },
        {
          path: 'categories/*',
          lazy: featurePage(() => import('../features/categories/categories-page'), (m) => m.CategoriesPage),
        },
        {
          path: 'grade-schemes/*',
          lazy: featurePage(() => import('../features/grade-schemes/grade-schemes-page'), (m) => m.GradeSchemesPage),
        },
        {
          path: 'time-limits/*',
          lazy: featurePage(() => import('../features/time-limits/time-limits-page'), (m) => m.TimeLimitsPage),
        },
        {
          path: 'calendar/*',
          lazy: featurePage(() => import('../features/calendar/calendar-page'), (m) => m.CalendarPage),
        },
        {
          path: 'partners/*',
          lazy: featurePage(() => import('../features/partners/partners-page'), (m) => m.PartnersPage),
        },
        {
          path: 'complaints/*',
          lazy: featurePage(() => import('../features/complaints/complaints-page'), (m) => m.ComplaintsPage),
        },
        {
          path: 'cases/*',
          lazy: featurePage(() => import('../features/cases/cases-page'), (m) => m.CasesPage),
        },
        {
          path: 'reports/*',
          lazy: featurePage(() => import('../features/reports/reports-page'), (m) => m.ReportsPage),
        },
        { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
