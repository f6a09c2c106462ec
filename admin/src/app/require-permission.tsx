import { lazy, Suspense, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useAbility } from '../features/auth/ability';
import type { MessageKey } from '../i18n/locales';
import { canUseNavItem, navItemForPath, type Permission } from './nav-items';
import { PageFallback } from './page-fallback';

// The 403 page (antd Result with its illustration) is rare: loaded on demand, not with the first paint.
const LazyForbiddenPage = lazy(async () => ({ default: (await import('./forbidden-page')).ForbiddenPage }));

function ForbiddenPage({ labelKey }: { labelKey?: MessageKey }) {
  return (
    <Suspense fallback={<PageFallback />}>
      <LazyForbiddenPage labelKey={labelKey} />
    </Suspense>
  );
}

/**
 * Renders `children` only when the person may do `requires`, else the 403 page. The layout already applies
 * each menu module's own permission to every route under its path; use this for stricter sub-routes
 * (e.g. `/people/new` needs `create User`).
 */
export function RequirePermission({
  requires,
  labelKey,
  children,
}: {
  requires: Permission;
  labelKey?: MessageKey;
  children: ReactNode;
}) {
  const ability = useAbility();
  if (!ability.can(requires.action, requires.subject)) return <ForbiddenPage labelKey={labelKey} />;
  return children;
}

/**
 * The layout's `<Outlet />`, gated by the menu module the location belongs to: `/people/…` needs what the
 * 人员与角色 menu entry needs, so a typed-in URL shows the 403 page instead of a page full of refused queries.
 */
export function ModuleOutlet() {
  const ability = useAbility();
  const item = navItemForPath(useLocation().pathname);
  if (item && !canUseNavItem(ability, item)) return <ForbiddenPage labelKey={item.labelKey} />;
  return <Outlet />;
}
