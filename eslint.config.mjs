import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // The DOM's globals of these names type-check on the server too, where they do not exist.
      'no-restricted-globals': ['error', 'origin', 'name', 'status', 'event', 'location', 'history', 'self'],
    },
  },
  {
    // JSX of hastscript's runtime (lib/markup.ts) makes hast nodes, not React elements: no keys (a key
    // would become an attribute).
    files: [
      'components/*/markup.tsx',
      'lib/search/results-html.tsx',
      'lib/inbox/views/*.tsx',
      'lib/feedback/fill.tsx',
      'lib/feedback/status-view.tsx',
      'tests/unit/fill.test.tsx',
    ],
    rules: { 'react/jsx-key': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-test/**',
    '.bench/**',
    '.contentlayer/**',
    '.generated/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'screenshots/**',
    // Decap CMS's bundle, copied from its package, and the editor's set-up bundled from lib/cms/editor
    // (scripts/build-admin.ts).
    'public/admin/decap/**',
    'public/admin/editor.js',
    'tmp/**',
  ]),
]);
