import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function ReportsPage() {
  return <ComingSoonPage labelKey="nav.reports" />;
}
