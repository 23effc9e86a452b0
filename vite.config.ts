import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { atlasPlugin } from './scripts/vite-plugin-atlas.ts';
import { HEADERS } from './scripts/headers.ts';

const page = (path: string): string => resolve(import.meta.dirname, path);
const SRC = page('src') + '/';
/**
 * The source files that stay out of the shared chunk: the pages' entries (each runs its own boot),
 * the standalone host script, the modules only the lazy chunks use (MapLibre's map, the time-lapse, the handout, the
 * exports, story mode), and the country panel, which the embed fetches when a reader opens a country. A file added to a lazy
 * chunk's own imports belongs here too, or it moves into the first load (the byte budgets catch it).
 */
const APART =
  /^((main|embed|host)\.ts|lib\/embed\/host\.ts|browser\/(video|handout|gl-overlays|downloads)\.ts|lib\/video\/|lib\/geo\/(alliance-shapes|unwrap|export-svg)\.ts|lib\/data\/export\.ts|lib\/text\/wrap\.ts|components\/downloads\/(VideoDialog|Handout)\.svelte|components\/country\/(CountryPanel|ActionItem)\.svelte|state\/story\.svelte\.ts|styles\/dialog\.css|components\/map\/Map\.gl\.svelte)/;

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
            // Everything both pages load, in one chunk. Left to itself, rolldown splits the modules
            // that the lazy chunks share with the pages (Svelte's runtime, dates, the summary) into
            // a chunk of their own, which costs every reader about 3 KB gzipped more.
            codeSplitting: {
              groups: [
                {
                  name: 'boot',
                  // Only what two or more chunks use: the explorer's own parts (table, picker,
                  // dialogs' openers) stay in its entry, out of the embed's first load.
                  minShareCount: 2,
                  test: (id: string) =>
                    id.includes('/node_modules/svelte/') ||
                    id.includes('modulepreload-polyfill') ||
                    (id.startsWith(SRC) && !APART.test(id.slice(SRC.length))),
                },
              ],
            },
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
