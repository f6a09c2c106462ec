import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function CasesPage() {
  return <ComingSoonPage labelKey="nav.cases" />;
}
