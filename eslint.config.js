import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The import direction is engine <- store <- view <- lessons/app/embed; nothing points back.
const outsideEngine = ['react', 'react-*', 'react/*', 'zustand', 'zustand/*', 'd3', 'd3-*', '**/store/**', '**/view/**', '**/app/**', '**/lessons/**', '**/embed/**', '**/i18n/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The engine is pure: no React, D3, Zustand, DOM, timers, wall clock or Math.random.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideEngine }],
      'no-restricted-globals': ['error', 'window', 'document', 'setTimeout', 'setInterval', 'requestAnimationFrame', 'performance', 'localStorage', 'fetch', 'navigator'],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in engine/rng.ts.' },
        { object: 'Date', property: 'now', message: 'Use the model clock in state.time.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Use the model clock in state.time.' }],
    },
  },
  {
    // The command-line tools are pure like the engine: they read a state and return commands and text.
    files: ['src/console/**/*.ts'],
    ignores: ['src/console/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: outsideEngine }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Derive random-looking values from the seed (console/ids.ts).' }],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'd3', 'd3-*', '**/view/**', '**/app/**', '**/lessons/**', '**/embed/**'] }] },
  },
  {
    files: ['src/view/**/*.{ts,tsx}'],
    ignores: ['src/view/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['d3', '**/app/**', '**/lessons/**', '**/embed/**'] }] },
  },
);
