import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function CalendarPage() {
  return <ComingSoonPage labelKey="nav.calendar" />;
}
