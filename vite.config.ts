import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { atlasPlugin } from './scripts/vite-plugin-atlas.ts';
import { HEADERS } from './scripts/headers.ts';

const page = (path: string): string => resolve(import.meta.dirname, path);

export default defineConfig(({ isSsrBuild }) => ({
  // Relative asset URLs, so the build works from any folder of any static host.
  base: './',
  plugins: [svelte(), atlasPlugin()],
  build: {
    target: 'es2022',
    // MapLibre's lazy chunk (about 1 MB, 290 KB gzipped) loads only for zoom and globe; the byte
    // budgets in the tests guard what every reader downloads, so the generic warning is noise.
    chunkSizeWarningLimit: 1100,
    // The server build (scripts/prerender.ts) takes its entry from --ssr.
    rollupOptions: isSsrBuild
      ? {}
      : {
          input: {
            explorer: page('index.html'),
            embed: page('embed/index.html'),
            methodology: page('methodology/index.html'),
            host: page('src/host.ts'),
          },
          output: {
            // The host script keeps a stable name: newsrooms paste its URL into articles.
            entryFileNames: (chunk) => (chunk.name === 'host' ? 'embed-host.js' : 'assets/[name]-[hash].js'),
          },
        },
  },
  server: { host: '127.0.0.1' },
  // Preview serves the production headers (strict CSP included), so every end-to-end test runs under them.
  preview: { host: '127.0.0.1', headers: HEADERS, cors: false },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // Some data tests spawn the CLI, which is slow on a busy 2-core machine.
    testTimeout: 20_000,
  },
}));
