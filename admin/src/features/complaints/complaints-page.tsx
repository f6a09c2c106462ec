import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function ComplaintsPage() {
  return <ComingSoonPage labelKey="nav.complaints" />;
}
