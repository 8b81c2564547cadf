import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const alias = [
  { find: /^@\//, replacement: `${root}/` },
  { find: 'contentlayer/generated', replacement: `${root}/.contentlayer/generated/index.mjs` },
  // next's subpath modules have no "exports" map: Node's ESM resolution needs the file.
  { find: /^next\/(navigation|link|server)$/, replacement: 'next/$1.js' },
];

// The day the fixture site (tests/fixtures/site) is written for: its planned events are still to come.
// package.json's test:e2e:build builds it with the same SITE_TODAY.
const env = { SITE_TODAY: '2026-04-01' };

export default defineConfig({
  test: {
    projects: [
      {
        // Domain logic, loaded as the server loads it (lib/content.ts is server-only).
        resolve: { alias, conditions: ['react-server'] },
        // next-intl inlined so that its imports of next/* go through the alias above (proxy.ts).
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          env,
          server: { deps: { inline: [/next-intl/] } },
        },
      },
      {
        // Components rendered to HTML, with next-intl's client-side bindings.
        resolve: { alias },
        test: {
          name: 'components',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'node',
          env,
          server: { deps: { inline: [/next-intl/] } },
        },
      },
    ],
  },
});
