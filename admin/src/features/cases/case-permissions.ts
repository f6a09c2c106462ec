import { useAbility } from '../auth/ability';
import { useViewer } from '../auth/viewer-context';

/**
 * What the signed-in person may do with one case. The shared rules let every author update their own case (a
 * conditional rule), so a type check (`can('update', 'Case')`) is true for everyone; instead: customer-relations
 * roles (who may create cases) edit, and so does the author. The server still decides on each save.
 */
export function useCasePermissions(authorId: string | null | undefined) {
  const ability = useAbility();
  const viewer = useViewer();
  const mayWrite = ability.can('create', 'Case');
  const isAuthor = authorId != null && authorId === viewer.user.id;
  return {
    mayEdit: mayWrite || isAuthor,
    mayPublish: ability.can('publish', 'Case'),
  };
}
