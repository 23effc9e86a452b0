import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

export default defineConfig({
  // Relative asset URLs, so the build works from any folder of any static host.
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: {
        explorer: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed/index.html'),
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
  },
});
