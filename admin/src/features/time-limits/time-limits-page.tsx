import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function TimeLimitsPage() {
  return <ComingSoonPage labelKey="nav.timeLimits" />;
}
