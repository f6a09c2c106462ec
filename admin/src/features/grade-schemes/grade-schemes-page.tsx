import { ComingSoonPage } from '../../app/coming-soon-page';

/** Placeholder until the module is built. */
export function GradeSchemesPage() {
  return <ComingSoonPage labelKey="nav.gradeSchemes" />;
}
