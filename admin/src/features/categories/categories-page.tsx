import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function CategoriesPage() {
  return <ComingSoonPage labelKey="nav.categories" />;
}
