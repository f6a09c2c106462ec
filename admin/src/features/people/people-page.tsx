import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function PeoplePage() {
  return <ComingSoonPage labelKey="nav.people" />;
}
