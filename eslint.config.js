// One lint config for every workspace package; each package runs `eslint src` from its own folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read GraphQL responses by shape; typing every response by hand would add noise, not safety.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/e2e/**', '**/reliability/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The generated GraphQL types (admin/codegen.ts) are linted like the rest, but for one rule: the client preset's
    // own runtime look-up (`documents as any`) and its `DocumentType` helper are typed with `any` by the generator.
    files: ['**/src/graphql/generated/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
