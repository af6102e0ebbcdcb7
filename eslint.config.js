import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/e2e/screens/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Captured text is data, never markup (DESIGN.md, Contracts).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Captured text is data: render it as text, never as HTML.' },
        { property: 'outerHTML', message: 'Captured text is data: render it as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render captured text as HTML.' },
      ],
    },
  },
  {
    // Tests and fixtures may build DOM from HTML strings.
    files: ['**/*.test.{ts,tsx}', 'test/**'],
    rules: { 'no-restricted-properties': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
