import { AbilityProvider as CaslAbilityProvider, Can as CaslCan, useAbility as useCaslAbility } from '@casl/react';
import type { CanProps } from '@casl/react';
import { abilityFromPackedRules, type AppAbility, type PackedRules } from '@kesu/permissions';
import type { ReactNode } from 'react';

export type { Action, AppAbility, SubjectType } from '@kesu/permissions';

/**
 * Rebuilds the server's CASL ability from `me.rules` (packed rules, JSON), with the same `$startsWith` matcher.
 * Anything that is not a list of packed rules gives an ability that allows nothing: the UI fails closed.
 */
export function abilityFromRules(rules: unknown): AppAbility {
  return abilityFromPackedRules(Array.isArray(rules) ? (rules as PackedRules) : []);
}

export function AbilityProvider({ ability, children }: { ability: AppAbility; children: ReactNode }) {
  return <CaslAbilityProvider value={ability}>{children}</CaslAbilityProvider>;
}

/**
 * Renders its children only when the signed-in person may do it, e.g. `<Can I="create" a="OrgUnit">…</Can>`.
 *
 * Check subject types (`a="User"`): the schema exposes no org paths, so a check on a fetched object
 * (`this={unit}`) cannot see the `$startsWith` condition and fails closed. The server decides per object anyway.
 */
export function Can(props: CanProps<AppAbility>): ReactNode {
  return <CaslCan<AppAbility> {...props} />;
}

/** The signed-in person's ability, re-rendering when it changes; use for checks in logic (`ability.can(…)`). */
export function useAbility(): AppAbility {
  return useCaslAbility<AppAbility>();
}
