// One lint config for every workspace package; each package runs `eslint src` from its own folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated GraphQL types (admin/src/graphql/generated) are not written by hand: tsc and the codegen drift test
  // check them, lint would only report the generator's style.
  { ignores: ['**/dist/**', '**/node_modules/**', '**/*.d.ts', '**/src/graphql/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read GraphQL responses by shape; typing every response by hand would add noise, not safety.
    files: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
