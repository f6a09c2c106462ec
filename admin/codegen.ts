import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from `schema/schema.graphql` (the server's checked-in contract). Write operations with
 * `graphql()` from `src/graphql/generated` anywhere under `src/`, then run `pnpm --filter @kesu/admin codegen`.
 * Paths are relative to this folder; `src/graphql/codegen-drift.test.ts` runs the same config and fails when the
 * committed output is stale.
 */
export const GENERATED_DIR = 'src/graphql/generated/';

/**
 * The client preset opens every file with a header that switches lint off for the whole file. Lint checks the
 * generated files like any other (eslint.config.js makes one exception, the preset's own `any`s), so the header is
 * dropped on write; the drift test applies the same.
 */
export function withoutLintOptOut(_path: string, content: string): string {
  return content.replace(/^\/\* eslint-disable \*\/\n/, '');
}

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', `!${GENERATED_DIR}**`],
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      hooks: { beforeOneFileWrite: [withoutLintOptOut] },
      presetConfig: {
        // Apollo Client has its own `useFragment`; without masking, fragment fields are inlined into each type.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        // Enums as unions of their string codes (`'PROJECT' | 'CITY' | …`), as they travel over the wire.
        enumType: 'string-literal',
        strictScalars: true,
        // Apollo's cache adds `__typename` to every selection, so the types can promise it (and narrow unions
        // such as `node(id:)` by it); root types carry none.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Decimal: 'string',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
