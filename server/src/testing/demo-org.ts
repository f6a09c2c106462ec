import { DEMO_ORG, DEMO_USERS } from '../demo/demo-seed.js';

type Spec = typeof DEMO_ORG;

function find(spec: Spec, code: string): Spec | undefined {
  if (spec.code === code) return spec;
  for (const child of spec.children ?? []) {
    const hit = find(child, code);
    if (hit) return hit;
  }
  return undefined;
}

/** Codes of a demo unit and everything below it, read from the seed's own spec. */
export function subtreeCodes(code: string): string[] {
  const root = find(DEMO_ORG, code);
  if (!root) throw new Error(`no demo unit ${code}`);
  const codes: string[] = [];
  const walk = (spec: Spec) => {
    codes.push(spec.code);
    for (const child of spec.children ?? []) walk(child);
  };
  walk(root);
  return codes.sort();
}

/** Each demo login with the union of the subtrees its roles reach. */
export function demoScopes(): { login: string; codes: string[] }[] {
  return [
    { login: 'admin', codes: subtreeCodes(DEMO_ORG.code) },
    ...DEMO_USERS.map((user) => ({
      login: user.login,
      codes: [...new Set(user.roles.flatMap(([, code]) => subtreeCodes(code)))].sort(),
    })),
  ];
}
