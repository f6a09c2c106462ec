import { defineAbilityFor, packAbility, type RoleGrant } from '@kesu/permissions';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AbilityProvider, abilityFromRules, type AppAbility } from '../features/auth/ability';
import { I18nProvider } from '../i18n/i18n-context';

/** The ability the admin would build from `me.rules` for these grants: packed, through JSON, unpacked. */
export function abilityForGrants(grants: RoleGrant[], userId = 'u1'): AppAbility {
  const packed = packAbility(defineAbilityFor({ userId, grants }));
  return abilityFromRules(JSON.parse(JSON.stringify(packed)));
}

/** Renders with the providers pages expect (i18n, ability, router) at `path`. */
export function renderWithAbility(ui: ReactNode, { ability, path = '/' }: { ability: AppAbility; path?: string }): RenderResult {
  return render(
    <I18nProvider>
      <AbilityProvider ability={ability}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </AbilityProvider>
    </I18nProvider>,
  );
}
