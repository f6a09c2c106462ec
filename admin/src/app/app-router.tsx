import { createBrowserRouter } from 'react-router';
import { RequireAuth } from '../features/auth/require-auth';
import { AdminLayout } from './admin-layout';
import { HomeRedirect } from './home-redirect';
import { PageFallback } from './page-fallback';

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
          lazy: async () => ({ Component: (await import('../features/org/org-tree-page')).OrgTreePage }),
        },
        {
          path: 'people/*',
          lazy: async () => ({ Component: (await import('../features/people/people-page')).PeoplePage }),
        },
        {
          path: 'categories/*',
          lazy: async () => ({ Component: (await import('../features/categories/categories-page')).CategoriesPage }),
        },
        {
          path: 'grade-schemes/*',
          lazy: async () => ({ Component: (await import('../features/grade-schemes/grade-schemes-page')).GradeSchemesPage }),
        },
        {
          path: 'time-limits/*',
          lazy: async () => ({ Component: (await import('../features/time-limits/time-limits-page')).TimeLimitsPage }),
        },
        {
          path: 'calendar/*',
          lazy: async () => ({ Component: (await import('../features/calendar/calendar-page')).CalendarPage }),
        },
        {
          path: 'complaints/*',
          lazy: async () => ({ Component: (await import('../features/complaints/complaints-page')).ComplaintsPage }),
        },
        {
          path: 'cases/*',
          lazy: async () => ({ Component: (await import('../features/cases/cases-page')).CasesPage }),
        },
        {
          path: 'reports/*',
          lazy: async () => ({ Component: (await import('../features/reports/reports-page')).ReportsPage }),
        },
        { path: '*', lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }) },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
